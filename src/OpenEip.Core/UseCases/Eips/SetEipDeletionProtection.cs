using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Eips;

/// <summary>DeletionProtection with Type=EIP: while on, ReleaseEipAddress is refused.</summary>
public sealed class SetEipDeletionProtection(IStore store)
{
    public Task<Result<Unit>> ExecuteAsync(string accountId, string allocationId, string? regionId, bool enabled, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var found = await EipLookup.FindAsync(session, accountId, allocationId, regionId);
            if (!found.IsSuccess)
                return found.Error;
            await session.Eips.UpdateAsync(found.Value with { DeletionProtection = enabled });
            return Unit.Value;
        }, cancellationToken);
}
