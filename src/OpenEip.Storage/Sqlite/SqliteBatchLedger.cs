using System.Data.Common;
using Dapper;
using OpenEip.Core.Calls;
using OpenEip.Core.Ports;
using OpenEip.Storage.Sql;

namespace OpenEip.Storage.Sqlite;

/// <summary>
/// The spent nonces, audit events and ClientTokens of the writes in one batch of <see cref="SqliteWriter"/>, inserted
/// together just before the batch commits, in the order the writes ran: each row appended at the end of its table by a
/// statement compiled once (<see cref="PreparedInsert"/>). The ClientTokens have a class of their own (<see cref="SqliteClientTokens"/>).
/// </summary>
/// <remarks>
/// <para>The same transaction as before, so the same guarantees: a call's nonce and event are durable with its effect,
/// and a batch that fails loses them with it. What changed is the cost (issue 12). Each write inserted its own rows,
/// and a mutating call's nonce went into a table keyed by the nonce, so every call rewrote a random page of it.
/// Allocate at 64 clients went from about 3,100/s to 4,000/s (three interleaved runs of each build).</para>
/// <para>The nonces need no key. This server's memory (NonceCache, reloaded from the table at start) refused a replay
/// before the call ran. Other server processes on the same file append their nonces here too; at the start of each
/// batch (<see cref="CatchUp"/>) the ledger reads the rows appended since its last look, all of them other processes'
/// (the batch holds the file's write lock until it commits), and refuses their nonces until they expire. PostgreSQL,
/// shared by servers on several hosts, keeps its keyed table (<see cref="InlineCallLedger"/>).</para>
/// <para>Used on the writer's thread only.</para>
/// </remarks>
internal sealed class SqliteBatchLedger : ICallLedger
{
    private const string AppendedSince =
        "SELECT id AS Id, access_key_id AS AccessKeyId, nonce AS Nonce, expires_at AS ExpiresAt FROM spent_nonces WHERE id > @lastSeenId ORDER BY id";

    private const string InsertNonce = "INSERT INTO spent_nonces (expires_at, access_key_id, nonce) VALUES (@p0, @p1, @p2)";

    // An event is recorded once (its id is its call's), so a repeat from the journal is skipped.
    private const string InsertEvent =
        """
        INSERT INTO audit_events (event_id, event_time, account_id, access_key_id, action, version, request_id, source_ip_address, parameters, error_code, error_message)
        VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10)
        ON CONFLICT DO NOTHING
        """;

    private const string InsertEventResource = "INSERT INTO audit_event_resources (event_id, resource_id) VALUES (@p0, @p1) ON CONFLICT DO NOTHING";

    private static readonly Task<bool> Spent = Task.FromResult(true);
    private static readonly Task<bool> SpentElsewhere = Task.FromResult(false);
    private readonly List<NonceRecord> _nonces = [];
    private readonly List<AuditEvent> _events = [];

    /// <summary>Other processes' live nonces, and the same in the order they came, which is about the order they expire.</summary>
    private readonly HashSet<(string AccessKeyId, string Nonce)> _othersNonces = [];
    private readonly Queue<NonceRecord> _othersByArrival = new();

    private readonly TimeProvider _clock;
    private readonly SqliteClientTokens _tokens;

    /// <summary>The running batch's connection and transaction, from <see cref="CatchUp"/> to the commit.</summary>
    private (DbConnection Connection, DbTransaction Transaction)? _batch;

    /// <summary>The last id of <c>spent_nonces</c> this ledger has seen committed.</summary>
    private long _lastSeenId;

    /// <summary>The same once the running batch commits.</summary>
    private long _lastSeenIdAfterCommit;

    /// <param name="lastSeenId">The last id in <c>spent_nonces</c> when the store opened: what the server reloads at start.</param>
    /// <param name="tokens">The live ClientTokens, loaded when the store opened.</param>
    public SqliteBatchLedger(long lastSeenId, TimeProvider clock, SqliteClientTokens tokens)
    {
        _lastSeenId = _lastSeenIdAfterCommit = lastSeenId;
        _clock = clock;
        _tokens = tokens;
    }

    /// <returns>False for a nonce another process on the file spent; this server's memory has refused its own replays already.</returns>
    public Task<bool> TrySpendNonceAsync(NonceRecord nonce)
    {
        if (_othersNonces.Contains((nonce.AccessKeyId, nonce.Nonce)))
            return SpentElsewhere;
        _nonces.Add(nonce);
        return Spent;
    }

    public Task<LedgerSql.StoredResponse?> FindEarlierAsync(IdempotencyKey key)
    {
        var (connection, transaction) = _batch ?? throw new InvalidOperationException("a ClientToken is looked up inside a batch");
        return _tokens.FindEarlierAsync(connection, transaction, key);
    }

    public Task RememberAsync(IdempotencyKey key, string response, DateTimeOffset now)
    {
        _tokens.Remember(key, response, now);
        return Task.CompletedTask;
    }

    /// <summary>
    /// At the start of a batch, in its transaction: learns the nonces and ClientTokens other processes appended since
    /// the last batch, and forgets those expired.
    /// </summary>
    public void CatchUp(DbConnection connection, DbTransaction transaction)
    {
        _batch = (connection, transaction);
        var now = _clock.GetUtcNow();
        _tokens.CatchUp(connection, transaction, now);
        while (_othersByArrival.TryPeek(out var oldest) && oldest.ExpiresAt < now)
        {
            _othersByArrival.Dequeue();
            _othersNonces.Remove((oldest.AccessKeyId, oldest.Nonce));
        }

        foreach (var row in connection.Query<AppendedNonce>(AppendedSince, new { lastSeenId = _lastSeenId }, transaction))
        {
            _lastSeenId = row.Id;
            var nonce = new NonceRecord(row.AccessKeyId, row.Nonce, UnixTime.FromDb(row.ExpiresAt));
            if (nonce.ExpiresAt >= now && _othersNonces.Add((nonce.AccessKeyId, nonce.Nonce)))
                _othersByArrival.Enqueue(nonce);
        }

        _lastSeenIdAfterCommit = _lastSeenId;
    }

    public Task RecordAsync(AuditEvent auditEvent)
    {
        _events.Add(auditEvent);
        return Task.CompletedTask;
    }

    /// <summary>Where the rows of the write about to run will begin, so that they can be dropped if it fails.</summary>
    public (int Nonces, int Events, int Tokens) Mark() => (_nonces.Count, _events.Count, _tokens.Mark());

    /// <summary>Drops the rows added since <paramref name="mark"/>: their write was rolled back.</summary>
    public void Forget((int Nonces, int Events, int Tokens) mark)
    {
        _nonces.RemoveRange(mark.Nonces, _nonces.Count - mark.Nonces);
        _events.RemoveRange(mark.Events, _events.Count - mark.Events);
        _tokens.Forget(mark.Tokens);
    }

    /// <summary>Drops every row: the batch failed, and the ids its rows took will be handed out again.</summary>
    public void Clear()
    {
        Forget((0, 0, 0));
        _tokens.Clear();
        _lastSeenIdAfterCommit = _lastSeenId;
        _batch = null;
    }

    /// <summary>The batch is durable: the ids its rows took are this process's, not to be read back as others'.</summary>
    public void Committed()
    {
        _lastSeenId = _lastSeenIdAfterCommit;
        _tokens.Committed();
        _batch = null;
    }

    /// <summary>Inserts the batch's rows in its transaction, then starts empty for the next batch.</summary>
    public void Flush(DbConnection connection, DbTransaction transaction)
    {
        if (_nonces.Count > 0)
        {
            using var insert = new PreparedInsert(connection, transaction, InsertNonce);
            foreach (var nonce in _nonces)
                _lastSeenIdAfterCommit = insert.Integer(0, UnixTime.ToDb(nonce.ExpiresAt)).Text(1, nonce.AccessKeyId).Text(2, nonce.Nonce).Run();
        }

        if (_events.Count > 0)
        {
            using var insertEvent = new PreparedInsert(connection, transaction, InsertEvent);
            using var insertResource = new PreparedInsert(connection, transaction, InsertEventResource);
            foreach (var e in _events)
            {
                insertEvent.Text(0, e.EventId).Integer(1, UnixTime.ToDb(e.EventTime)).Text(2, e.AccountId).Text(3, e.AccessKeyId)
                    .Text(4, e.Action).Text(5, e.Version).Text(6, e.RequestId).Text(7, e.SourceIpAddress)
                    .Text(8, e.ParametersJson).Text(9, e.ErrorCode).Text(10, e.ErrorMessage).Run();
                foreach (var resourceId in e.ResourceIds)
                    insertResource.Text(0, e.EventId).Text(1, resourceId).Run();
            }
        }

        _tokens.Flush(connection, transaction);
        Forget((0, 0, 0));
    }

    private sealed record AppendedNonce(long Id, string AccessKeyId, string Nonce, long ExpiresAt);
}
