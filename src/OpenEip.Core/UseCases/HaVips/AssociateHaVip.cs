using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.HaVips;

/// <summary>
/// AssociateHaVip (R-HAVIP-5): an ECS instance (through its primary ENI) or an ENI of the HaVip's own vSwitch, up to
/// ten. The first member becomes the master until a failover (the operator's SetHaVipMaster) moves it; the HaVip
/// decides that (<see cref="OpenEip.Core.HaVips.HaVip.AddMember"/>), this class loads and saves.
/// </summary>
public sealed class AssociateHaVip(IStore store)
{
    public Task<Result<Unit>> ExecuteAsync(AssociateHaVipCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var (accountId, regionId, haVipId, instanceId, instanceType) = command;
            var found = await HaVipLookup.FindAsync(session, accountId, regionId, haVipId);
            if (!found.IsSuccess)
                return found.Error;
            var haVip = found.Value;
            var vSwitchId = await VSwitchOfMemberAsync(session, accountId, instanceId, instanceType);
            if (vSwitchId is null)
                return instanceType == "NetworkInterface" ? ApiErrors.NetworkInterfaceNotFound(instanceId) : ApiErrors.InstanceNotFound(instanceId);
            if (vSwitchId != haVip.VSwitchId)
                return new Error("InvalidVSwitchId.Mismatch", $"{instanceId} is in the vSwitch {vSwitchId}; the HaVip {haVipId} is in {haVip.VSwitchId}. Members share the HaVip's vSwitch.");
            var joined = haVip.AddMember(instanceId, instanceType);
            if (!joined.IsSuccess)
                return joined.Error;
            await session.HaVips.UpdateAsync(joined.Value);
            return Unit.Value;
        }, cancellationToken);

    private static async Task<string?> VSwitchOfMemberAsync(IStoreSession session, string accountId, string id, string type)
    {
        if (type == "NetworkInterface")
            return (await session.Compute.FindNetworkInterfaceAsync(accountId, id))?.VSwitchId;
        var instance = await session.Compute.FindInstanceAsync(accountId, id);
        return instance is null ? null : instance.VSwitchId.Length > 0 ? instance.VSwitchId : "(classic network)";
    }
}
