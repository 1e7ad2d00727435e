using OpenEip.Core.Compute;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Compute;

/// <summary>DetachNetworkInterface: the ENI decides (<see cref="NetworkInterface.Detach"/>); Detaching, then Available.</summary>
public sealed class DetachNetworkInterface(IStore store, ComputeTimings timings, TimeProvider clock)
{
    public Task<Result<Unit>> ExecuteAsync(DetachNetworkInterfaceCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var eni = await NetworkInterfaceLookup.FindAsync(session, command.AccountId, command.RegionId, command.NetworkInterfaceId);
            if (!eni.IsSuccess)
                return eni.Error;
            var detached = eni.Value.Detach(command.InstanceId, clock.GetUtcNow(), timings);
            if (!detached.IsSuccess)
                return detached.Error;
            await session.Compute.UpdateNetworkInterfaceAsync(detached.Value);
            return Unit.Value;
        }, cancellationToken);
}
