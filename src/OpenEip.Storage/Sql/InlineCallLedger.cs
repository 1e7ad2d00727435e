using System.Data.Common;
using OpenEip.Core.Calls;
using OpenEip.Core.Ports;

namespace OpenEip.Storage.Sql;

/// <summary>
/// The call's nonce, audit event and ClientToken written at once in the write's transaction. Several servers share a
/// PostgreSQL database, so the primary keys, not one server's memory, are what refuse a replay sent to another server
/// and find a retry's first result.
/// </summary>
internal sealed class InlineCallLedger(DbConnection connection, DbTransaction transaction) : ICallLedger
{
    public Task<bool> TrySpendNonceAsync(NonceRecord nonce) => LedgerSql.TryInsertNonceAsync(connection, transaction, nonce);

    public Task RecordAsync(AuditEvent auditEvent) => LedgerSql.InsertEventsAsync(connection, transaction, [auditEvent]);

    public Task<LedgerSql.StoredResponse?> FindEarlierAsync(IdempotencyKey key) => LedgerSql.FindEarlierAsync(connection, transaction, key);

    public Task RememberAsync(IdempotencyKey key, string response, DateTimeOffset now) =>
        LedgerSql.InsertIdempotencyAsync(connection, transaction, key, response, now);
}
