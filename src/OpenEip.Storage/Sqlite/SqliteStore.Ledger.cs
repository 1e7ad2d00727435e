using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using OpenEip.Core.Calls;
using OpenEip.Core.Ports;
using OpenEip.Storage.Sql;

namespace OpenEip.Storage.Sqlite;

/// <summary>The store's record of API calls: spent nonces and the audit trail (<see cref="IRequestLedger"/>).</summary>
public sealed partial class SqliteStore : IRequestLedger
{
    public Task RecordAsync(IReadOnlyCollection<NonceRecord> nonces, IReadOnlyCollection<AuditEvent> events, CancellationToken cancellationToken)
    {
        if (nonces.Count == 0 && events.Count == 0)
            return Task.CompletedTask;
        return _writer.WriteAsync(
            async (connection, transaction) =>
            {
                foreach (var nonce in nonces)
                    await LedgerSql.TryInsertNonceAsync(connection, transaction, nonce);
                await LedgerSql.InsertEventsAsync(connection, transaction, events);
                return new WriteOutcome<bool>(true, Keep: true);
            },
            cancellationToken);
    }

    public async IAsyncEnumerable<NonceRecord> LiveNoncesAsync(DateTimeOffset now, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await foreach (var nonce in LedgerSql.LiveNoncesAsync(connection, now, cancellationToken))
            yield return nonce;
    }

    public Task PruneAsync(DateTimeOffset nonceCutoff, DateTimeOffset auditCutoff, CancellationToken cancellationToken)
    {
        if (IsReadOnly)
            return Task.CompletedTask;
        return _writer.WriteAsync(
            async (connection, transaction) =>
            {
                await LedgerSql.PruneAsync(connection, transaction, nonceCutoff, auditCutoff);
                return new WriteOutcome<bool>(true, Keep: true);
            },
            cancellationToken);
    }

    public async Task<Page<AuditEvent>> FindEventsAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var transaction = connection.BeginTransaction(deferred: true);
        var page = await LedgerSql.FindEventsAsync(connection, transaction, query, "rowid");
        await transaction.CommitAsync(cancellationToken);
        return page;
    }
}
