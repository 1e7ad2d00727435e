using System.Data.Common;
using OpenEip.Core.Calls;

namespace OpenEip.Storage.Sql;

/// <summary>
/// The call's nonce and audit event written at once in the write's transaction. Several servers share a PostgreSQL
/// database, so the nonce's primary key, not one server's memory, is what refuses a replay sent to another server.
/// </summary>
internal sealed class InlineCallLedger(DbConnection connection, DbTransaction transaction) : ICallLedger
{
    public Task<bool> TrySpendNonceAsync(NonceRecord nonce) => LedgerSql.TryInsertNonceAsync(connection, transaction, nonce);

    public Task RecordAsync(AuditEvent auditEvent) => LedgerSql.InsertEventsAsync(connection, transaction, [auditEvent]);
}
