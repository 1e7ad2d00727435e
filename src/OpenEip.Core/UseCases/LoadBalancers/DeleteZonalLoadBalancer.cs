using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.LoadBalancers;

/// <summary>ALB and NLB DeleteLoadBalancer: the system EIPs are released first (R-LB-2), then the private IPs.</summary>
public sealed class DeleteZonalLoadBalancer(IStore store, TimeProvider clock)
{
    public Task<Result<Unit>> ExecuteAsync(DeleteZonalLoadBalancerCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var found = await ZonalLoadBalancerLookup.FindAsync(session, command.AccountId, command.Kind, command.LoadBalancerId);
            if (!found.IsSuccess)
                return found.Error;
            await ZonalLoadBalancerAddressing.ToIntranetAsync(session, found.Value, clock.GetUtcNow());
            await session.PrivateIps.ReleaseOwnedAsync(CreateZonalLoadBalancer.OwnerType, command.LoadBalancerId);
            await session.LoadBalancers.DeleteZonalAsync(command.LoadBalancerId);
            return Unit.Value;
        }, cancellationToken);
}
