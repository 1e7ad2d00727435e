using OpenEip.Core.Compute;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Compute;

/// <summary>
/// UnassignPrivateIpAddresses: the ENI checks every address first (<see cref="NetworkInterface.CheckUnassign"/>: not its
/// primary one, one it holds, no EIP on it), then they are released, all or none.
/// </summary>
public sealed class UnassignPrivateIpAddresses(IStore store)
{
    public Task<Result<Unit>> ExecuteAsync(UnassignPrivateIpAddressesCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var found = await NetworkInterfaceLookup.FindAsync(session, command.AccountId, command.RegionId, command.NetworkInterfaceId);
            if (!found.IsSuccess)
                return found.Error;
            var eni = found.Value;
            var facts = new EniUnassignFacts(
                await NetworkInterfaceLookup.HeldPrivateIpsAsync(session, eni.NetworkInterfaceId),
                await session.Eips.ListOnNetworkInterfacesAsync([eni.NetworkInterfaceId]));
            var allowed = eni.CheckUnassign(command.PrivateIpAddresses, facts);
            if (!allowed.IsSuccess)
                return allowed.Error;
            foreach (var address in command.PrivateIpAddresses)
                await session.PrivateIps.ReleaseAsync(eni.VSwitchId, address);
            return Unit.Value;
        }, cancellationToken);
}
