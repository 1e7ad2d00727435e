using OpenEip.Core.Calls;

namespace OpenEip.Storage.Sql;

/// <summary>
/// Where a write records its API call: the spent nonce and the audit event, in the transaction of the call's effect.
/// PostgreSQL writes them there and then (<see cref="InlineCallLedger"/>); SQLite's single writer appends them to its
/// batch and inserts the batch's rows together before its commit (<see cref="Sqlite.SqliteBatchLedger"/>).
/// </summary>
internal interface ICallLedger
{
    /// <returns>False when the nonce was spent before, here or on another server.</returns>
    Task<bool> TrySpendNonceAsync(NonceRecord nonce);

    Task RecordAsync(AuditEvent auditEvent);
}
