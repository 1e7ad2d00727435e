using System.Data;
using System.Runtime.CompilerServices;
using Dapper;
using OpenEip.Core.Calls;
using OpenEip.Core.Ports;
using OpenEip.Storage.Sql;

namespace OpenEip.Storage.Postgres;

/// <summary>The store's record of API calls (<see cref="IRequestLedger"/>), shared by every server on the database.</summary>
public sealed partial class PostgresStore : IRequestLedger, ISpentNonces
{
    /// <summary>
    /// Several servers share this store, and a read replayed on another one would find nothing in that server's memory:
    /// a read's nonce is spent in the database before the read runs, so every server refuses the replay.
    /// </summary>
    public async ValueTask<bool> SpendAsync(NonceRecord nonce, CancellationToken cancellationToken) =>
        await InTransactionAsync(
            IsolationLevel.ReadCommitted, (connection, transaction) => LedgerSql.TryInsertNonceAsync(connection, transaction, nonce), cancellationToken);

    public Task RecordAsync(IReadOnlyCollection<NonceRecord> nonces, IReadOnlyCollection<AuditEvent> events, CancellationToken cancellationToken)
    {
        if (nonces.Count == 0 && events.Count == 0)
            return Task.CompletedTask;

        // Inserts that skip what is there already: READ COMMITTED is enough, and never conflicts.
        return InTransactionAsync(IsolationLevel.ReadCommitted, async (connection, transaction) =>
        {
            foreach (var nonce in nonces)
                await LedgerSql.TryInsertNonceAsync(connection, transaction, nonce);
            await LedgerSql.InsertEventsAsync(connection, transaction, events);
            return true;
        }, cancellationToken);
    }

    // Read whole, inside the store's wait for an unreachable PostgreSQL, then handed out one by one. The database
    // refuses a replayed nonce itself (SpendAsync, and the nonce riding on each write); the reload only spares it
    // the replays this server can refuse from memory.
    public async IAsyncEnumerable<NonceRecord> LiveNoncesAsync(DateTimeOffset now, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var live = await WithConnectionAsync(
            async connection => await LedgerSql.LiveNoncesAsync(connection, "request_nonces", now, cancellationToken).ToListAsync(cancellationToken), cancellationToken);
        foreach (var nonce in live)
            yield return nonce;
    }

    /// <summary>One reader: a PostgreSQL start reads its nonces in one query, and measured under two seconds with 1M EIPs (docs/performance.md).</summary>
    public async Task<long> ReadLiveNoncesAsync(DateTimeOffset now, ISpentNonceSink sink, CancellationToken cancellationToken)
    {
        long count = 0;
        await foreach (var nonce in LiveNoncesAsync(now, cancellationToken))
        {
            sink.Add(nonce);
            count++;
        }

        return count;
    }

    /// <summary>One statement a table: other writers go on beside it (SQLite's single writer deletes in chunks instead).</summary>
    public Task PruneAsync(DateTimeOffset nonceCutoff, DateTimeOffset auditCutoff, CancellationToken cancellationToken) =>
        InTransactionAsync(IsolationLevel.ReadCommitted, async (connection, transaction) =>
        {
            await connection.ExecuteAsync("DELETE FROM request_nonces WHERE expires_at < @cutoff", new { cutoff = UnixTime.ToDb(nonceCutoff) }, transaction);
            await connection.ExecuteAsync("DELETE FROM audit_events WHERE event_time < @cutoff", new { cutoff = UnixTime.ToDb(auditCutoff) }, transaction);
            return true;
        }, cancellationToken);

    public Task<Page<AuditEvent>> FindEventsAsync(AuditQuery query, CancellationToken cancellationToken) =>
        InTransactionAsync(
            IsolationLevel.RepeatableRead, (connection, transaction) => LedgerSql.FindEventsAsync(connection, transaction, query, "seq"), cancellationToken);
}
