using OpenEip.Core.Eips;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;

namespace OpenEip.Core.UseCases.Eips;

/// <summary>DescribeHighDefinitionMonitorLogAttribute: the second-level monitoring setting SetHighDefinitionMonitorLogStatus recorded.</summary>
public sealed class DescribeHighDefinitionMonitor(IStore store, RegionCatalogue regions)
{
    public Task<Result<HighDefinitionMonitor>> ExecuteAsync(HighDefinitionMonitorQuery query, CancellationToken cancellationToken)
    {
        if (EipRegions.Check(regions, query.RegionId) is { } unknownRegion)
            return Task.FromResult(Result<HighDefinitionMonitor>.Fail(unknownRegion));

        return store.ReadAsync(async session =>
        {
            var found = await EipLookup.FindAsync(session, query.AccountId, query.AllocationId, query.RegionId);
            return found.IsSuccess ? Result<HighDefinitionMonitor>.Ok(found.Value.HighDefinitionMonitor) : found.Error;
        }, cancellationToken);
    }
}
