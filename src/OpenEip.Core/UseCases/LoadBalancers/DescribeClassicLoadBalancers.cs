using OpenEip.Core.Errors;
using OpenEip.Core.LoadBalancers;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;

namespace OpenEip.Core.UseCases.LoadBalancers;

/// <summary>SLB DescribeLoadBalancers: the caller's CLBs of a region, filtered and paged.</summary>
public sealed class DescribeClassicLoadBalancers(IStore store, RegionCatalogue regions)
{
    public async Task<Result<Page<ClassicLoadBalancer>>> ExecuteAsync(DescribeClassicLoadBalancersQuery query, CancellationToken cancellationToken) =>
        regions.Find(query.Filter.RegionId) is null
            ? ApiErrors.InvalidRegionId(query.Filter.RegionId)
            : await store.ReadAsync(session => session.LoadBalancers.QueryClassicAsync(query.Filter, query.AddressType), cancellationToken);
}
