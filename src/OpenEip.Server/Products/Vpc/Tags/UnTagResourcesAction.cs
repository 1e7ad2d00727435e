using OpenEip.Core.Tags;
using OpenEip.Core.UseCases.Tags;

namespace OpenEip.Server.Products.Vpc.Tags;

/// <summary>VPC UnTagResources (the VPC SDK's spelling, capital T).</summary>
public sealed class UnTagResourcesAction(UntagResources untag) : Tagging.UntagResourcesAction(untag, ResourceTypes.All)
{
    public override string Version => ProductVersions.Vpc;

    public override string Name => "UnTagResources";
}
