using OpenEip.Core.Calls;
using OpenEip.Core.Ports;

namespace OpenEip.Storage.Sql;

/// <summary>
/// Where a write records its API call: the spent nonce, the audit event and the result kept for its ClientToken, in the
/// transaction of the call's effect. PostgreSQL writes them there and then (<see cref="InlineCallLedger"/>); SQLite's
/// single writer appends them to its batch and inserts the batch's rows together before its commit
/// (<see cref="Sqlite.SqliteBatchLedger"/>).
/// </summary>
internal interface ICallLedger
{
    /// <returns>False when the nonce was spent before, here or on another server.</returns>
    Task<bool> TrySpendNonceAsync(NonceRecord nonce);

    Task RecordAsync(AuditEvent auditEvent);

    /// <returns>What the first call with this ClientToken recorded, while it is kept (R-EIP-10); null if none.</returns>
    Task<LedgerSql.StoredResponse?> FindEarlierAsync(IdempotencyKey key);

    /// <summary>Keeps a call's result (as JSON) for retries with its ClientToken.</summary>
    Task RememberAsync(IdempotencyKey key, string response, DateTimeOffset now);
}
