using OpenEip.Core.Compute;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Compute;

/// <summary>
/// AttachNetworkInterface: loads the ENI, the instance and the facts the attach decides on (<see cref="EniAttachFacts"/>)
/// in one transaction, asks the ENI (<see cref="NetworkInterface.Attach"/>: R-ENI-4, R-MULTI-6, R-BIND-8) and saves
/// what it answers. The instance row is read in the transaction that writes, so the count of ENIs holds at commit.
/// </summary>
public sealed class AttachNetworkInterface(IStore store, InstanceTypeCatalogue types, ComputeTimings timings, TimeProvider clock)
{
    public Task<Result<Unit>> ExecuteAsync(AttachNetworkInterfaceCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var eni = await NetworkInterfaceLookup.FindAsync(session, command.AccountId, command.RegionId, command.NetworkInterfaceId);
            if (!eni.IsSuccess)
                return eni.Error;
            var instance = await InstanceLookup.FindAsync(session, command.AccountId, command.InstanceId, command.RegionId);
            if (!instance.IsSuccess)
                return instance.Error;
            var attached = eni.Value.Attach(await LoadAsync(session, eni.Value, instance.Value), clock.GetUtcNow(), timings);
            if (!attached.IsSuccess)
                return attached.Error;
            await session.Compute.UpdateNetworkInterfaceAsync(attached.Value);
            return Unit.Value;
        }, cancellationToken);

    private async Task<EniAttachFacts> LoadAsync(IStoreSession session, NetworkInterface eni, Instance instance)
    {
        var type = types.Find(instance.InstanceType)
            ?? throw new InvalidOperationException($"The instance {instance.InstanceId} is of the type {instance.InstanceType}, which the catalogue does not list.");
        return new EniAttachFacts(
            instance,
            type,
            types.SupportsMultiBinded(type.Family),
            await session.Compute.ListNetworkInterfacesOfInstanceAsync(instance.InstanceId),
            (await NetworkInterfaceLookup.HeldPrivateIpsAsync(session, eni.NetworkInterfaceId)).Count,
            await session.Eips.ListOnNetworkInterfacesAsync([eni.NetworkInterfaceId]));
    }
}
