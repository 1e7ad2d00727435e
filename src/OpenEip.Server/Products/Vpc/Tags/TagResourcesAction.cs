using OpenEip.Core.Tags;
using OpenEip.Core.UseCases.Tags;

namespace OpenEip.Server.Products.Vpc.Tags;

/// <summary>VPC TagResources: EIP, NATGATEWAY, HAVIP, VPC and VSWITCH.</summary>
public sealed class TagResourcesAction(TagResources tags) : Tagging.TagResourcesAction(tags, ResourceTypes.All)
{
    public override string Version => ProductVersions.Vpc;
}
