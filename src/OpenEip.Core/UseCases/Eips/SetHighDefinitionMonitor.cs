using OpenEip.Core.Eips;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;

namespace OpenEip.Core.UseCases.Eips;

/// <summary>
/// SetHighDefinitionMonitorLogStatus: an EIP's second-level monitoring setting, stored per EIP and shown by
/// DescribeEipAddresses as HDMonitorStatus (ON/OFF). Nothing is shipped to Log Service: the setting is recorded
/// and reported, as the control plane's part of the feature.
/// </summary>
public sealed class SetHighDefinitionMonitor(IStore store, RegionCatalogue regions)
{
    public Task<Result<Unit>> ExecuteAsync(SetHighDefinitionMonitorCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        if (EipRegions.Check(regions, command.RegionId) is { } unknownRegion)
            return Task.FromResult(Result<Unit>.Fail(unknownRegion));

        return store.WriteAsync<Unit>(idempotency, async session =>
        {
            var found = await EipLookup.FindAsync(session, command.AccountId, command.AllocationId, command.RegionId);
            if (!found.IsSuccess)
                return found.Error;
            var eip = found.Value;
            // R-EIP-4: while a bind or unbind is in flight, only reads are allowed (Terraform retries IncorrectEipStatus).
            if (eip.Status is EipStatus.Associating or EipStatus.Unassociating)
                return AssociationErrors.IncorrectEipStatus(eip.AllocationId, eip.Status, "InUse or Available");
            var next = HighDefinitionMonitorRules.Apply(eip.HighDefinitionMonitor, command.Status, command.LogProject, command.LogStore);
            if (!next.IsSuccess)
                return next.Error;
            if (next.Value != eip.HighDefinitionMonitor)
                await session.Eips.SetHighDefinitionMonitorAsync(eip.AllocationId, next.Value);
            return Unit.Value;
        }, cancellationToken);
    }
}
