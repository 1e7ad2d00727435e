using OpenEip.Core.Tags;
using OpenEip.Core.UseCases.Tags;

namespace OpenEip.Server.Products.Ecs.Tags;

/// <summary>ECS TagResources: ResourceType eni (lower case, as ECS spells it), with the tag rules of the VPC API.</summary>
public sealed class EcsTagResourcesAction(TagResources tags) : Tagging.TagResourcesAction(tags, ResourceTypes.Ecs)
{
    public override string Version => ProductVersions.Ecs;
}
