using OpenEip.Core.Associations;
using OpenEip.Core.Eips;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;
using OpenEip.Core.UseCases.Eips;

namespace OpenEip.Core.UseCases.Associations;

/// <summary>
/// ModifyEipForwardMode: switches an ENI binding between NAT, BINDED and MULTI_BINDED. The new mode's
/// rules apply as if the EIP were bound afresh; like a bind, the change is Associating until confirmed.
/// On an EIP that is not bound (Available) the mode is only recorded and shown by Describe: Alibaba allows the
/// change "when it is allocated or bind eni", and Terraform's alicloud_eip_address sets and reads it so.
/// </summary>
public sealed class ModifyEipForwardMode(IStore store, RegionCatalogue regions, BindingPlanner planner, IReconcileSignal reconciler, TimeProvider clock)
{
    public async Task<Result<Unit>> ExecuteAsync(ModifyEipForwardModeCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        if (EipRegions.Check(regions, command.RegionId) is { } unknownRegion)
            return unknownRegion;
        var result = await store.WriteAsync<Unit>(idempotency, async session =>
        {
            var found = await EipLookup.FindAsync(session, command.AccountId, command.AllocationId, command.RegionId);
            if (!found.IsSuccess)
                return found.Error;
            var eip = found.Value;
            if (eip.IsLocked)
                return AssociationErrors.Locked(eip.AllocationId, eip.LockReason);
            if (eip.Status == EipStatus.Available)
            {
                await session.Eips.SetForwardModeAsync(eip.AllocationId, command.Mode);
                return Unit.Value;
            }
            if (eip.Status != EipStatus.InUse || eip.Binding!.InstanceType != BindingTargetTypes.NetworkInterface)
                return AssociationErrors.IncorrectEipStatus(eip.AllocationId, BindingPlanner.DescribeState(eip), "Available, or InUse on a network interface");
            var current = eip.Binding;
            // Recorded as well, so the EIP shows the mode last set once this binding is gone.
            await session.Eips.SetForwardModeAsync(eip.AllocationId, command.Mode);
            if (current.Mode == command.Mode)
                return Unit.Value;

            var now = clock.GetUtcNow();
            await BindingEffects.OnUnboundAsync(session, current, releasedBySystem: false);
            var asUnbound = eip with { Binding = null };
            // A private IP the caller chose stays the one asked for, so the new mode's rules judge it (R-BIND-2 refuses a
            // secondary IP in BINDED mode) instead of the binding quietly moving to the primary IP Describe does not show.
            var keptIp = current.PrivateIpChosen ? current.PrivateIpAddress : null;
            var planned = await planner.PlanAsync(session, new BindingRequest(asUnbound, current.InstanceType, current.InstanceId, command.Mode, keptIp), now);
            if (!planned.IsSuccess)
                return planned.Error;
            var rebound = eip.Rebind(planned.Value, now);
            if (!rebound.IsSuccess)
                return rebound.Error;
            await session.Eips.SaveBindingAsync(eip, rebound.Value);
            return Unit.Value;
        }, cancellationToken);
        if (result.IsSuccess)
            reconciler.Notify();
        return result;
    }
}
