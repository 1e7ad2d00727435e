using OpenEip.Core.Compute;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.Tags;
using OpenEip.Core.UseCases.Tags;

namespace OpenEip.Core.UseCases.Compute;

/// <summary>
/// DeleteInstance: the instance decides over its status, HaVips and EIPs (<see cref="Instance.CheckDelete"/>); then its
/// primary ENI and that ENI's private IPs go, its secondary ENIs are let go at once, and its fixed public IP returns to
/// the pool.
/// </summary>
public sealed class DeleteInstance(IStore store, ComputeTimings timings, TimeProvider clock)
{
    public Task<Result<Unit>> ExecuteAsync(DeleteInstanceCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var found = await InstanceLookup.FindAsync(session, command.AccountId, command.InstanceId);
            if (!found.IsSuccess)
                return found.Error;
            var instance = found.Value;
            var now = clock.GetUtcNow();
            var facts = new InstanceDeleteFacts(
                await session.HaVips.ListByMemberAsync(instance.InstanceId),
                await session.Eips.ListBoundToAsync([instance.InstanceId]),
                await session.Eips.ListOnNetworkInterfacesAsync([instance.PrimaryNetworkInterfaceId]));
            var allowed = instance.CheckDelete(facts, command.Force, now, timings);
            if (!allowed.IsSuccess)
                return allowed.Error;

            foreach (var eni in await session.Compute.ListNetworkInterfacesOfInstanceAsync(instance.InstanceId))
            {
                if (eni.IsPrimary)
                {
                    await session.PrivateIps.ReleaseOwnedAsync(NetworkInterfaces.OwnerType, eni.NetworkInterfaceId);
                    await TaggedResources.RemoveAllAsync(session, ResourceTypes.NetworkInterface, eni.NetworkInterfaceId);
                    await session.Compute.DeleteNetworkInterfaceAsync(eni.NetworkInterfaceId);
                }
                else
                {
                    await session.Compute.UpdateNetworkInterfaceAsync(eni.LeaveDeletedInstance(now));
                }
            }

            if (instance.PublicIpAddress.Length > 0)
                await session.Addresses.ReleaseAsync(instance.PublicIpAddress, now);
            await session.Compute.DeleteInstanceAsync(instance.InstanceId);
            return Unit.Value;
        }, cancellationToken);
}
