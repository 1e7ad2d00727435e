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

    /// <summary>
    /// Page by page in the order of the primary key, each page read whole inside the store's wait for an unreachable
    /// PostgreSQL (a retry reads that page again), then handed out one by one; read as one list, a million nonces took
    /// 350 MiB. A start reads them with <see cref="ReadLiveNoncesAsync"/>.
    /// </summary>
    public async IAsyncEnumerable<NonceRecord> LiveNoncesAsync(DateTimeOffset now, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pageRows = _options.LiveNoncePageRows;
        NonceRecord? last = null;
        while (true)
        {
            var after = last;
            var page = await WithConnectionAsync(
                async connection => (await connection.QueryAsync<(string AccessKeyId, string Nonce, long ExpiresAt)>(
                    new CommandDefinition(
                        after is null
                            ? "SELECT access_key_id, nonce, expires_at FROM request_nonces WHERE expires_at >= @now ORDER BY access_key_id, nonce LIMIT @pageRows"
                            : """
                              SELECT access_key_id, nonce, expires_at FROM request_nonces
                              WHERE expires_at >= @now AND (access_key_id, nonce) > (@key, @nonce) ORDER BY access_key_id, nonce LIMIT @pageRows
                              """,
                        new { now = UnixTime.ToDb(now), key = after?.AccessKeyId, nonce = after?.Nonce, pageRows },
                        cancellationToken: cancellationToken))).ToList(),
                cancellationToken);
            foreach (var (accessKeyId, nonce, expiresAt) in page)
                yield return last = new NonceRecord(accessKeyId, nonce, UnixTime.FromDb(expiresAt));
            if (page.Count < pageRows)
                yield break;
        }
    }

    /// <summary>
    /// One query, its rows handed to the sink as they arrive (<see cref="LedgerSql.LiveNoncesAsync"/>): no list of them
    /// all, and one pass over the table. A retry after PostgreSQL went away reads them all again; the sink keeps a nonce
    /// it is given twice once. With a million nonces a start went from 476 MiB to 200 (issue 12).
    /// </summary>
    public Task<long> ReadLiveNoncesAsync(DateTimeOffset now, ISpentNonceSink sink, CancellationToken cancellationToken) =>
        WithConnectionAsync(
            async connection =>
            {
                long count = 0;
                await foreach (var nonce in LedgerSql.LiveNoncesAsync(connection, "request_nonces", now, cancellationToken))
                {
                    sink.Add(nonce);
                    count++;
                }

                return count;
            },
            cancellationToken);

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
