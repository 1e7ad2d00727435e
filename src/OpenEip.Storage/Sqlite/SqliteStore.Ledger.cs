using System.Runtime.CompilerServices;
using Dapper;
using Microsoft.Data.Sqlite;
using OpenEip.Core.Calls;
using OpenEip.Core.Ports;
using OpenEip.Storage.Sql;

namespace OpenEip.Storage.Sqlite;

/// <summary>The store's record of API calls: spent nonces and the audit trail (<see cref="IRequestLedger"/>).</summary>
public sealed partial class SqliteStore : IRequestLedger
{
    /// <summary>Every spent nonce, appended (0020_spent_nonces.sql).</summary>
    private const string NonceTable = "spent_nonces";

    /// <summary>Rows a prune deletes in one write (<see cref="PruneAsync"/>).</summary>
    internal const int PruneChunk = 2_000;

    /// <summary>The journal's nonces and events (reads', and calls whose write did not record them) join the next batch's.</summary>
    public Task RecordAsync(IReadOnlyCollection<NonceRecord> nonces, IReadOnlyCollection<AuditEvent> events, CancellationToken cancellationToken)
    {
        if (nonces.Count == 0 && events.Count == 0)
            return Task.CompletedTask;
        return _writer.WriteAsync(
            async (_, _, ledger) =>
            {
                foreach (var nonce in nonces)
                    await ledger.TrySpendNonceAsync(nonce);
                foreach (var e in events)
                    await ledger.RecordAsync(e);
                return new WriteOutcome<bool>(true, Keep: true);
            },
            cancellationToken);
    }

    public async IAsyncEnumerable<NonceRecord> LiveNoncesAsync(DateTimeOffset now, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await foreach (var nonce in LedgerSql.LiveNoncesAsync(connection, NonceTable, now, cancellationToken))
            yield return nonce;
    }

    public Task<long> ReadLiveNoncesAsync(DateTimeOffset now, ISpentNonceSink sink, CancellationToken cancellationToken) =>
        SqliteLiveNonces.ReadAsync(Open, now, sink, cancellationToken);

    /// <summary>Where the writer starts looking for other processes' nonces: the server reloads the earlier ones at start.</summary>
    private long LastSpentNonceId()
    {
        using var connection = Open();
        return connection.ExecuteScalar<long>("SELECT COALESCE(MAX(id), 0) FROM " + NonceTable);
    }

    /// <summary>The live ClientTokens, by which the writer finds a retry's first result (<see cref="SqliteClientTokens"/>).</summary>
    private SqliteClientTokens LoadClientTokens()
    {
        var tokens = new SqliteClientTokens();
        using var connection = Open();
        tokens.Load(connection, _clock.GetUtcNow());
        return tokens;
    }

    /// <summary>
    /// Deletes in chunks of <see cref="PruneChunk"/> rows, each a write of its own that joins the writer's next batch:
    /// the journal prunes every hour, and an hour of nonces at 5,000 signed calls a second is 18 million rows. One
    /// statement for them held the writer, and every API write queued behind it, for as long as it took (issue 12).
    /// </summary>
    public async Task PruneAsync(DateTimeOffset nonceCutoff, DateTimeOffset auditCutoff, CancellationToken cancellationToken)
    {
        if (IsReadOnly)
            return;
        // Oldest first, by the tables' time indexes; an event's resources go with it (ON DELETE CASCADE).
        await DeleteInChunksAsync(
            $"DELETE FROM {NonceTable} WHERE id IN (SELECT id FROM {NonceTable} WHERE expires_at < @cutoff ORDER BY expires_at LIMIT {PruneChunk})",
            UnixTime.ToDb(nonceCutoff), cancellationToken);
        await DeleteInChunksAsync(
            $"DELETE FROM audit_events WHERE event_id IN (SELECT event_id FROM audit_events WHERE event_time < @cutoff ORDER BY event_time LIMIT {PruneChunk})",
            UnixTime.ToDb(auditCutoff), cancellationToken);
    }

    private async Task DeleteInChunksAsync(string sql, long cutoff, CancellationToken cancellationToken)
    {
        int deleted;
        do
        {
            deleted = await _writer.WriteAsync(
                async (connection, transaction, _) => new WriteOutcome<int>(await connection.ExecuteAsync(sql, new { cutoff }, transaction), Keep: true),
                cancellationToken);
        }
        while (deleted == PruneChunk);
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
