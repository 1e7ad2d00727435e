using OpenEip.Core.Associations;
using OpenEip.Core.Eips;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;
using OpenEip.Core.UseCases.Eips;

namespace OpenEip.Core.UseCases.Associations;

/// <summary>
/// UnassociateEipAddress (R-LIFE-1, R-NAT-6): marks the binding as being undone and returns at once; the
/// EIP is Unassociating until the data plane confirms, then Available. The target is free at once.
/// </summary>
public sealed class UnassociateEip(IStore store, RegionCatalogue regions, IReconcileSignal reconciler, TimeProvider clock)
{
    public async Task<Result<Unit>> ExecuteAsync(UnassociateEipCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        if (EipRegions.Check(regions, command.RegionId) is { } unknownRegion)
            return unknownRegion;
        var result = await store.WriteAsync<Unit>(idempotency, async session =>
        {
            var found = await EipLookup.FindAsync(session, command.AccountId, command.AllocationId, command.RegionId);
            if (!found.IsSuccess)
                return found.Error;
            var eip = found.Value;
            if (eip.ServiceManagedBy.Length > 0)
                return AssociationErrors.IncorrectEipStatus(eip.AllocationId, $"managed by the load balancer {eip.ServiceManagedBy}", "InUse and bound by you (switch the load balancer to Intranet instead)");
            if (eip.IsLocked)
                return AssociationErrors.Locked(eip.AllocationId, eip.LockReason);
            if (eip.Status != EipStatus.InUse)
                return AssociationErrors.IncorrectEipStatus(eip.AllocationId, BindingPlanner.DescribeState(eip), "InUse");
            var binding = eip.Binding!;
            // R-LIFE-1, as the issue 8 decision has it: naming another instance is InvalidInstanceId.NotFound (the code
            // Alibaba documents, which Terraform does not retry); another private IP of the right one stays InvalidBindingStatus.
            var otherInstance = Mismatch(command.InstanceId, binding.InstanceId) ?? Mismatch(command.InstanceType, binding.InstanceType);
            if (otherInstance is not null)
                return AssociationErrors.NotTheBoundInstance(eip.AllocationId, otherInstance, $"{binding.InstanceType} {binding.InstanceId}");
            var otherIp = Mismatch(command.PrivateIpAddress, binding.PrivateIpAddress);
            if (otherIp is not null)
                return AssociationErrors.InvalidBindingStatus(eip.AllocationId, otherIp, $"{binding.InstanceType} {binding.InstanceId} on {binding.PrivateIpAddress}");
            if (binding.InstanceType == BindingTargetTypes.Nat)
            {
                var cleared = await NatEntryGuard.ClearAsync(session, eip, binding.InstanceId, command.Force);
                if (cleared is not null)
                    return cleared;
            }

            var now = clock.GetUtcNow();
            var unbinding = eip.StartUnbind(now);
            if (!unbinding.IsSuccess)
                return unbinding.Error;
            await session.Eips.SaveBindingAsync(eip, unbinding.Value);
            await BindingEffects.OnUnboundAsync(session, binding, releasedBySystem: false);
            return Unit.Value;
        }, cancellationToken);
        if (result.IsSuccess)
            reconciler.Notify();
        return result;
    }

    private static string? Mismatch(string? given, string actual) =>
        string.IsNullOrEmpty(given) || given == actual ? null : given;
}
