using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.LoadBalancers;

/// <summary>SLB DeleteLoadBalancer: only a CLB without a bound EIP; its private IP or pool address is released.</summary>
public sealed class DeleteClassicLoadBalancer(IStore store, TimeProvider clock)
{
    public Task<Result<Unit>> ExecuteAsync(DeleteClassicLoadBalancerCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var found = await ClassicLoadBalancerLookup.FindAsync(session, command.AccountId, command.LoadBalancerId);
            if (!found.IsSuccess)
                return found.Error;
            var loadBalancer = found.Value;
            var eips = await session.Eips.ListBoundToAsync([loadBalancer.LoadBalancerId]);
            if (eips.Count > 0)
                return AssociationErrors.HasBoundEips(command.LoadBalancerId, eips.Select(e => e.AllocationId));
            if (loadBalancer.AddressType == "intranet")
                await session.PrivateIps.ReleaseOwnedAsync(CreateClassicLoadBalancer.OwnerType, command.LoadBalancerId);
            else
                await session.Addresses.ReleaseAsync(loadBalancer.Address, clock.GetUtcNow());
            await session.LoadBalancers.DeleteClassicAsync(command.LoadBalancerId);
            return Unit.Value;
        }, cancellationToken);
}
