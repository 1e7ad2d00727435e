using OpenEip.Core.Tags;
using OpenEip.Core.UseCases.Tags;

namespace OpenEip.Server.Products.Ecs.Tags;

/// <summary>ECS UntagResources (lower-case "t", unlike the VPC API's UnTagResources).</summary>
public sealed class EcsUntagResourcesAction(UntagResources untag) : Tagging.UntagResourcesAction(untag, ResourceTypes.Ecs)
{
    public override string Version => ProductVersions.Ecs;

    public override string Name => "UntagResources";
}
