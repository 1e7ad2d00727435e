using OpenEip.Core.Errors;
using OpenEip.Core.LoadBalancers;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.LoadBalancers;

/// <summary>GetLoadBalancerAttribute (ALB or NLB): one of the caller's load balancers of that kind.</summary>
public sealed class GetZonalLoadBalancer(IStore store)
{
    public Task<Result<ZonalLoadBalancer>> ExecuteAsync(GetZonalLoadBalancerQuery query, CancellationToken cancellationToken) =>
        store.ReadAsync(session => ZonalLoadBalancerLookup.FindAsync(session, query.AccountId, query.Kind, query.LoadBalancerId), cancellationToken);
}
