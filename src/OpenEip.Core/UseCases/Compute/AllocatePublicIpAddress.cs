using OpenEip.Core.Compute;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Compute;

/// <summary>
/// AllocatePublicIpAddress: the fixed public IP of R-ECS-4, from the region's pool. The instance decides
/// (<see cref="Instance.AllocatePublicIp"/>) over the EIP bound to it and a free address, both read in the transaction
/// that holds the address.
/// </summary>
public sealed class AllocatePublicIpAddress(IStore store, ComputeTimings timings, TimeProvider clock)
{
    public Task<Result<string>> ExecuteAsync(AllocatePublicIpAddressCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<string>(idempotency, async session =>
        {
            var found = await InstanceLookup.FindAsync(session, command.AccountId, command.InstanceId);
            if (!found.IsSuccess)
                return found.Error;
            var instance = found.Value;
            var facts = new InstancePublicIpFacts(
                (await session.Eips.ListBoundToAsync([instance.InstanceId])).FirstOrDefault(),
                (await session.Addresses.FindFreeAsync(instance.RegionId))?.IpAddress);
            var allocated = instance.AllocatePublicIp(facts, clock.GetUtcNow(), timings);
            if (!allocated.IsSuccess)
                return allocated.Error;
            await session.Addresses.HoldAsync(allocated.Value.PublicIpAddress, instance.InstanceId, instance.AccountId);
            await session.Compute.UpdateInstanceAsync(allocated.Value);
            return allocated.Value.PublicIpAddress;
        }, cancellationToken);
}
