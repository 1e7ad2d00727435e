using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;
using OpenEip.Core.UseCases.Eips;

namespace OpenEip.Core.UseCases.Associations;

/// <summary>
/// AssociateEipAddress: records the desired binding and returns at once (R-EIP-9). The EIP shows the
/// binding with status Associating until the data plane confirms it; the reconciler is woken to do so.
/// </summary>
public sealed class AssociateEip(IStore store, RegionCatalogue regions, BindingPlanner planner, IReconcileSignal reconciler, TimeProvider clock)
{
    public async Task<Result<Unit>> ExecuteAsync(AssociateEipCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        if (EipRegions.Check(regions, command.RegionId) is { } unknownRegion)
            return unknownRegion;
        var result = await store.WriteAsync<Unit>(idempotency, async session =>
        {
            var found = await EipLookup.FindAsync(session, command.AccountId, command.AllocationId, command.RegionId);
            if (!found.IsSuccess)
                return found.Error;
            var eip = found.Value;
            if (!string.IsNullOrEmpty(command.InstanceRegionId) && command.InstanceRegionId != eip.RegionId)
                return AssociationErrors.RegionMismatch("InstanceRegionId", command.InstanceRegionId, eip.RegionId);
            var now = clock.GetUtcNow();
            var planned = await planner.PlanAsync(session, new BindingRequest(eip, command.InstanceType, command.InstanceId, command.Mode, command.PrivateIpAddress) { VpcId = command.VpcId }, now);
            if (!planned.IsSuccess)
                return planned.Error;
            var bound = eip.Associate(planned.Value, now);
            if (!bound.IsSuccess)
                return bound.Error;
            await session.Eips.SaveBindingAsync(eip, bound.Value);
            return Unit.Value;
        }, cancellationToken);
        if (result.IsSuccess)
            reconciler.Notify();
        return result;
    }
}
