using OpenEip.Core.Compute;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;
using OpenEip.Core.Tags;

namespace OpenEip.Core.UseCases.Compute;

/// <summary>DescribeNetworkInterfaces: a page of the caller's ENIs, each with its status now, private IPs, EIPs and tags.</summary>
public sealed class DescribeNetworkInterfaces(IStore store, RegionCatalogue regions, ComputeTimings timings, TimeProvider clock)
{
    public async Task<Result<Page<DescribedNetworkInterface>>> ExecuteAsync(ComputeQuery query, CancellationToken cancellationToken)
    {
        if (regions.Find(query.RegionId) is null)
            return ApiErrors.InvalidRegionId(query.RegionId);
        var now = clock.GetUtcNow();
        return await store.ReadAsync(async session =>
        {
            var page = await session.Compute.QueryNetworkInterfacesAsync(query);
            var tags = await session.Tags.GetAsync(ResourceTypes.NetworkInterface, page.Items.Select(e => e.NetworkInterfaceId).ToList());
            var items = new List<DescribedNetworkInterface>();
            foreach (var eni in page.Items)
                items.Add(await NetworkInterfaceLookup.DescribeAsync(session, eni, now, timings) with { Tags = tags.GetValueOrDefault(eni.NetworkInterfaceId, []) });
            return new Page<DescribedNetworkInterface>(items, page.TotalCount);
        }, cancellationToken);
    }
}
