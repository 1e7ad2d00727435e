using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Eips;

/// <summary>DeletionProtection with Type=EIP: while on, ReleaseEipAddress is refused.</summary>
public sealed class SetEipDeletionProtection(IStore store)
{
    public Task<Result<Unit>> ExecuteAsync(string accountId, string allocationId, bool enabled, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var eip = await session.Eips.FindAsync(accountId, allocationId);
            if (eip is null)
                return ApiErrors.InvalidAllocationIdNotFound(allocationId);
            await session.Eips.UpdateAsync(eip with { DeletionProtection = enabled });
            return Unit.Value;
        }, cancellationToken);
}
