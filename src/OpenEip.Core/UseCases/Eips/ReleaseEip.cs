using OpenEip.Core.Eips;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;
using OpenEip.Core.Tags;

namespace OpenEip.Core.UseCases.Eips;

/// <summary>
/// ReleaseEipAddress (R-LIFE-3, R-LIFE-4, R-EIP-8): only an unbound, unlocked pay-as-you-go EIP without deletion
/// protection. The address remembers its owner and release time, for recovery (R-LIFE-6).
/// </summary>
public sealed class ReleaseEip(IStore store, RegionCatalogue regions, TimeProvider clock)
{
    public Task<Result<Unit>> ExecuteAsync(ReleaseEipCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        EipRegions.Check(regions, command.RegionId) is { } unknownRegion
            ? Task.FromResult(Result<Unit>.Fail(unknownRegion))
            : store.WriteAsync<Unit>(idempotency, session => ReleaseAsync(session, command), cancellationToken);

    private async Task<Result<Unit>> ReleaseAsync(IStoreSession session, ReleaseEipCommand command)
    {
        var found = await EipLookup.FindAsync(session, command.AccountId, command.AllocationId, command.RegionId);
        if (!found.IsSuccess)
            return found.Error;
        var eip = found.Value;
        if (eip.ServiceManagedBy.Length > 0)
            return ApiErrors.IncorrectEipStatus($"the EIP is managed by {eip.ServiceManagedBy}; switch that load balancer to Intranet to release it.");
        if (eip.IsLocked)
            return AssociationErrors.Locked(eip.AllocationId, eip.LockReason);
        if (eip.InstanceChargeType == ChargeTypes.PrePaid)
            return ApiErrors.ChargeTypeIsPrepaid();
        if (eip.Status != EipStatus.Available)
            return AssociationErrors.IncorrectEipStatus(eip.AllocationId, UseCases.Associations.BindingPlanner.DescribeState(eip), "Available (unassociate it first)");
        if (eip.DeletionProtection)
            return ApiErrors.DeletionProtectionEnabled();

        var now = clock.GetUtcNow();
        await session.Eips.UpdateAsync(eip.ReleasedAt(now));
        await session.Addresses.ReleaseAsync(eip.IpAddress, now);
        await session.Tags.RemoveAsync(ResourceTypes.Eip, eip.AllocationId, keys: null);
        return Unit.Value;
    }
}
