using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;

namespace OpenEip.Core.UseCases.Networks;

/// <summary>DescribeVpcs: a page of the caller's VPCs in a region, each with its vSwitches, NAT gateways and tags.</summary>
public sealed class DescribeVpcs(IStore store, RegionCatalogue regions)
{
    public async Task<Result<Page<DescribedVpc>>> ExecuteAsync(NetworkQuery query, CancellationToken cancellationToken)
    {
        if (regions.Find(query.RegionId) is null)
            return ApiErrors.InvalidRegionId(query.RegionId);
        return await store.ReadAsync(async session =>
        {
            var page = await session.Networks.QueryVpcsAsync(query);
            var items = new List<DescribedVpc>();
            foreach (var vpc in page.Items)
                items.Add(await NetworkDescriptions.VpcAsync(session, vpc));
            return new Page<DescribedVpc>(items, page.TotalCount);
        }, cancellationToken);
    }
}
