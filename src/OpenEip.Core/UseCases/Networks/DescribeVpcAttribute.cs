using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;

namespace OpenEip.Core.UseCases.Networks;

/// <summary>
/// DescribeVpcAttribute. Null when the caller has no such VPC in the region: Alibaba answers that with
/// success and an empty VpcId (Terraform's provider recognises "not found" only that way).
/// </summary>
public sealed class DescribeVpcAttribute(IStore store, RegionCatalogue regions)
{
    public async Task<Result<DescribedVpc?>> ExecuteAsync(DescribeVpcAttributeQuery query, CancellationToken cancellationToken)
    {
        if (regions.Find(query.RegionId) is null)
            return ApiErrors.InvalidRegionId(query.RegionId);
        return await store.ReadAsync(async session =>
        {
            var vpc = await session.Networks.FindVpcAsync(query.AccountId, query.VpcId);
            return vpc is null || vpc.RegionId != query.RegionId ? null : await NetworkDescriptions.VpcAsync(session, vpc);
        }, cancellationToken);
    }
}
