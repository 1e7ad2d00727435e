using OpenEip.Core.LoadBalancers;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.LoadBalancers;

/// <summary>ListLoadBalancers (ALB or NLB): the caller's load balancers of that kind in a region, filtered and paged.</summary>
public sealed class ListZonalLoadBalancers(IStore store)
{
    public Task<Page<ZonalLoadBalancer>> ExecuteAsync(ZonalLoadBalancerQuery query, CancellationToken cancellationToken) =>
        store.ReadAsync(
            session => session.LoadBalancers.QueryZonalAsync(query.AccountId, query.RegionId, query.Kind, query.Ids, query.VpcIds, query.AddressType, query.Offset, query.Limit),
            cancellationToken);
}
