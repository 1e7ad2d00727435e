using OpenEip.Core.Compute;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Compute;

/// <summary>
/// AssignPrivateIpAddresses: the ENI checks its limit (<see cref="NetworkInterface.CheckAssign"/>, R-ENI-4: the type of
/// the instance it counts against, read in the same transaction), then the addresses are allocated in its vSwitch.
/// </summary>
public sealed class AssignPrivateIpAddresses(IStore store, InstanceTypeCatalogue types, ComputeTimings timings, TimeProvider clock)
{
    public Task<Result<IReadOnlyList<string>>> ExecuteAsync(AssignPrivateIpAddressesCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        if (command.PrivateIpAddresses.Count == 0 && command.SecondaryPrivateIpAddressCount < 1)
            return Task.FromResult(Result<IReadOnlyList<string>>.Fail(ApiErrors.MissingParameter("PrivateIpAddress.1")));
        return store.WriteAsync<IReadOnlyList<string>>(idempotency, async session =>
        {
            var found = await NetworkInterfaceLookup.FindAsync(session, command.AccountId, command.RegionId, command.NetworkInterfaceId);
            if (!found.IsSuccess)
                return found.Error;
            var eni = found.Value;
            var adding = command.PrivateIpAddresses.Count > 0 ? command.PrivateIpAddresses.Count : command.SecondaryPrivateIpAddressCount;
            var allowed = eni.CheckAssign(await LoadAsync(session, eni), adding);
            if (!allowed.IsSuccess)
                return allowed.Error;
            return await NetworkInterfaces.AddPrivateIpsAsync(session, eni, command.PrivateIpAddresses, command.SecondaryPrivateIpAddressCount);
        }, cancellationToken);
    }

    private async Task<EniAssignFacts> LoadAsync(IStoreSession session, NetworkInterface eni)
    {
        var instanceId = eni.AttachedInstanceAt(clock.GetUtcNow(), timings);
        var instance = instanceId is null ? null : await session.Compute.FindInstanceAsync(eni.AccountId, instanceId);
        var type = instance is null ? null
            : types.Find(instance.InstanceType) ?? throw new InvalidOperationException($"The instance {instance.InstanceId} is of the type {instance.InstanceType}, which the catalogue does not list.");
        return new EniAssignFacts(await NetworkInterfaceLookup.HeldPrivateIpsAsync(session, eni.NetworkInterfaceId), type);
    }
}
