using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;

namespace OpenEip.Core.UseCases.Eips;

/// <summary>DeletionProtection with Type=EIP: while on, ReleaseEipAddress is refused (R-LIFE-4).</summary>
public sealed class SetEipDeletionProtection(IStore store, RegionCatalogue regions)
{
    public Task<Result<Unit>> ExecuteAsync(SetEipDeletionProtectionCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        EipRegions.Check(regions, command.RegionId) is { } unknownRegion
            ? Task.FromResult(Result<Unit>.Fail(unknownRegion))
            : store.WriteAsync<Unit>(idempotency, session => ProtectAsync(session, command), cancellationToken);

    private static async Task<Result<Unit>> ProtectAsync(IStoreSession session, SetEipDeletionProtectionCommand command)
    {
        var found = await EipLookup.FindAsync(session, command.AccountId, command.AllocationId, command.RegionId);
        if (!found.IsSuccess)
            return found.Error;
        await session.Eips.UpdateAsync(found.Value with { DeletionProtection = command.Enabled });
        return Unit.Value;
    }
}
