using OpenEip.Core.Errors;
using OpenEip.Core.LoadBalancers;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.LoadBalancers;

/// <summary>SLB DescribeLoadBalancerAttribute: one of the caller's CLBs.</summary>
public sealed class DescribeClassicLoadBalancer(IStore store)
{
    public Task<Result<ClassicLoadBalancer>> ExecuteAsync(DescribeClassicLoadBalancerQuery query, CancellationToken cancellationToken) =>
        store.ReadAsync(session => ClassicLoadBalancerLookup.FindAsync(session, query.AccountId, query.LoadBalancerId), cancellationToken);
}
