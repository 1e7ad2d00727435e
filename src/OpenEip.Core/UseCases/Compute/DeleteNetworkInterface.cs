using OpenEip.Core.Compute;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.Tags;
using OpenEip.Core.UseCases.Tags;

namespace OpenEip.Core.UseCases.Compute;

/// <summary>
/// DeleteNetworkInterface: the ENI decides over its HaVips and EIPs (<see cref="NetworkInterface.CheckDelete"/>);
/// then its private IPs, tags and row go.
/// </summary>
public sealed class DeleteNetworkInterface(IStore store, ComputeTimings timings, TimeProvider clock)
{
    public Task<Result<Unit>> ExecuteAsync(DeleteNetworkInterfaceCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var found = await NetworkInterfaceLookup.FindAsync(session, command.AccountId, command.RegionId, command.NetworkInterfaceId);
            if (!found.IsSuccess)
                return found.Error;
            var eni = found.Value;
            var facts = new EniDeleteFacts(
                await session.HaVips.ListByMemberAsync(eni.NetworkInterfaceId),
                await session.Eips.ListOnNetworkInterfacesAsync([eni.NetworkInterfaceId]));
            var allowed = eni.CheckDelete(facts, clock.GetUtcNow(), timings);
            if (!allowed.IsSuccess)
                return allowed.Error;
            await session.PrivateIps.ReleaseOwnedAsync(NetworkInterfaces.OwnerType, eni.NetworkInterfaceId);
            await TaggedResources.RemoveAllAsync(session, ResourceTypes.NetworkInterface, eni.NetworkInterfaceId);
            await session.Compute.DeleteNetworkInterfaceAsync(eni.NetworkInterfaceId);
            return Unit.Value;
        }, cancellationToken);
}
