using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.Tags;
using OpenEip.Core.UseCases.Tags;

namespace OpenEip.Core.UseCases.Networks;

/// <summary>DeleteVSwitch: only a vSwitch none of whose private IPs is in use and that no SNAT entry names.</summary>
public sealed class DeleteVSwitch(IStore store)
{
    public Task<Result<Unit>> ExecuteAsync(DeleteVSwitchCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var vSwitchId = command.VSwitchId;
            var found = await VSwitchLookup.FindAsync(session, command.AccountId, vSwitchId, command.RegionId);
            if (!found.IsSuccess)
                return found.Error;
            var uses = await session.PrivateIps.ListUsesAsync(vSwitchId, 6);
            if (uses.Count > 0)
                return ApiErrors.DependencyViolation(
                    "DependencyViolation.VSwitch",
                    $"The vSwitch {vSwitchId} still has private IPs in use by: {DependentResources.Names(uses.Select(u => u.OwnerId).Distinct())}. Delete those first.");
            var snat = await session.NatEntries.ListSnatIdsOfVSwitchAsync(vSwitchId);
            if (snat.Count > 0)
                return NatEntryErrors.VSwitchHasSnatEntries(vSwitchId, snat);
            await TaggedResources.RemoveAllAsync(session, ResourceTypes.VSwitch, vSwitchId);
            await session.Networks.DeleteVSwitchAsync(vSwitchId);
            return Unit.Value;
        }, cancellationToken);
}
