using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;

namespace OpenEip.Core.UseCases.Eips;

/// <summary>DeletionProtection with Type=EIP: while on, ReleaseEipAddress is refused.</summary>
public sealed class SetEipDeletionProtection(IStore store, RegionCatalogue regions)
{
    public Task<Result<Unit>> ExecuteAsync(string accountId, string allocationId, string? regionId, bool enabled, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        EipRegions.Check(regions, regionId) is { } unknownRegion
            ? Task.FromResult(Result<Unit>.Fail(unknownRegion))
            : store.WriteAsync<Unit>(idempotency, session => ProtectAsync(session, accountId, allocationId, regionId, enabled), cancellationToken);

    private static async Task<Result<Unit>> ProtectAsync(IStoreSession session, string accountId, string allocationId, string? regionId, bool enabled)
    {
        var found = await EipLookup.FindAsync(session, accountId, allocationId, regionId);
        if (!found.IsSuccess)
            return found.Error;
        await session.Eips.UpdateAsync(found.Value with { DeletionProtection = enabled });
        return Unit.Value;
    }
}
