using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.LoadBalancers;

/// <summary>UpdateLoadBalancerAddressTypeConfig (R-LB-2): to Internet allocates a system EIP per zone; to Intranet releases them.</summary>
public sealed class UpdateZonalLoadBalancerAddressType(IStore store, TimeProvider clock)
{
    public Task<Result<Unit>> ExecuteAsync(UpdateZonalLoadBalancerAddressTypeCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var found = await ZonalLoadBalancerLookup.FindAsync(session, command.AccountId, command.Kind, command.LoadBalancerId);
            if (!found.IsSuccess)
                return found.Error;
            var loadBalancer = found.Value;
            if (loadBalancer.AddressType == command.AddressType)
                return new Error("IncorrectStatus.LoadBalancer", $"The load balancer {command.LoadBalancerId} is already {command.AddressType}.");
            var now = clock.GetUtcNow();
            if (command.AddressType == ZonalLoadBalancerAddressing.Internet)
            {
                var internet = await ZonalLoadBalancerAddressing.ToInternetAsync(session, loadBalancer, now);
                if (!internet.IsSuccess)
                    return internet.Error;
                loadBalancer = internet.Value;
            }
            else
            {
                loadBalancer = await ZonalLoadBalancerAddressing.ToIntranetAsync(session, loadBalancer, now);
            }

            await session.LoadBalancers.UpdateZonalAsync(loadBalancer);
            return Unit.Value;
        }, cancellationToken);
}
