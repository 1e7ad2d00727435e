using System.Buffers;
using System.Data.Common;
using System.Text;
using System.Text.Json;
using Dapper;
using OpenEip.Core.Calls;
using OpenEip.Core.Ports;
using OpenEip.Storage.Sql;

namespace OpenEip.Storage.Sqlite;

/// <summary>
/// The spent nonces, audit events and ClientTokens of the writes in one batch of <see cref="SqliteWriter"/>, inserted
/// together just before the batch commits, in the order the writes ran: one statement per table for the whole batch,
/// each row appended at the end of its table. The ClientTokens have a class of their own (<see cref="SqliteClientTokens"/>).
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

    private const string InsertNonces =
        "INSERT INTO spent_nonces (expires_at, access_key_id, nonce) SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(@rows)";

    // WHERE true: SQLite's parser needs it between a SELECT and ON CONFLICT. An event is recorded once (its id is its
    // call's), so a repeat from the journal is skipped.
    private const string InsertEvents =
        """
        INSERT INTO audit_events (event_id, event_time, account_id, access_key_id, action, version, request_id, source_ip_address, parameters, error_code, error_message)
        SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7, value ->> 8, value ->> 9, value ->> 10
        FROM json_each(@rows) WHERE true
        ON CONFLICT DO NOTHING
        """;

    private const string InsertEventResources =
        """
        INSERT INTO audit_event_resources (event_id, resource_id)
        SELECT e.value ->> 0, r.value FROM json_each(@rows) AS e, json_each(e.value -> 11) AS r WHERE true
        ON CONFLICT DO NOTHING
        """;

    /// <summary>Under the large-object heap's 85,000 bytes, as UTF-16 too.</summary>
    private const int PartBytes = 32 * 1024;

    private static readonly Task<bool> Spent = Task.FromResult(true);
    private static readonly Task<bool> SpentElsewhere = Task.FromResult(false);
    private readonly List<NonceRecord> _nonces = [];
    private readonly List<AuditEvent> _events = [];
    private readonly ArrayBufferWriter<byte> _json = new();

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
            InsertInParts(_nonces, WriteNonce, rows => connection.Execute(InsertNonces, new { rows }, transaction));
            _lastSeenIdAfterCommit = connection.ExecuteScalar<long>("SELECT last_insert_rowid()", transaction: transaction);
        }

        if (_events.Count > 0)
        {
            InsertInParts(_events, WriteEvent, rows =>
            {
                connection.Execute(InsertEvents, new { rows }, transaction);
                connection.Execute(InsertEventResources, new { rows }, transaction);
            });
        }

        _tokens.Flush(connection, transaction, InsertInParts);
        Forget((0, 0, 0));
    }

    /// <summary>
    /// The rows as JSON arrays of at most about <see cref="PartBytes"/>, in order, each inserted by <paramref name="insert"/>.
    /// </summary>
    /// <remarks>
    /// In parts rather than whole because the journal brings every signed read's nonce: a few thousand at a time, which in
    /// one text (and the UTF-16 string made of it) would land on the large-object heap at every flush.
    /// </remarks>
    private void InsertInParts<TRow>(List<TRow> rows, Action<Utf8JsonWriter, TRow> writeRow, Action<string> insert)
    {
        var next = 0;
        while (next < rows.Count)
        {
            _json.ResetWrittenCount();
            using (var json = new Utf8JsonWriter(_json))
            {
                json.WriteStartArray();
                do
                {
                    writeRow(json, rows[next++]);
                }
                while (next < rows.Count && json.BytesCommitted + json.BytesPending < PartBytes);
                json.WriteEndArray();
            }

            insert(Encoding.UTF8.GetString(_json.WrittenSpan));
        }
    }

    private static void WriteNonce(Utf8JsonWriter json, NonceRecord nonce)
    {
        json.WriteStartArray();
        json.WriteNumberValue(UnixTime.ToDb(nonce.ExpiresAt));
        json.WriteStringValue(nonce.AccessKeyId);
        json.WriteStringValue(nonce.Nonce);
        json.WriteEndArray();
    }

    /// <summary>An event as an array in the columns' order, its resource ids last.</summary>
    private static void WriteEvent(Utf8JsonWriter json, AuditEvent e)
    {
        json.WriteStartArray();
        json.WriteStringValue(e.EventId);
        json.WriteNumberValue(UnixTime.ToDb(e.EventTime));
        json.WriteStringValue(e.AccountId);
        json.WriteStringValue(e.AccessKeyId);
        json.WriteStringValue(e.Action);
        json.WriteStringValue(e.Version);
        json.WriteStringValue(e.RequestId);
        json.WriteStringValue(e.SourceIpAddress);
        json.WriteStringValue(JsonSerializer.Serialize(e.Parameters));
        WriteNullable(json, e.ErrorCode);
        WriteNullable(json, e.ErrorMessage);
        json.WriteStartArray();
        foreach (var resourceId in e.ResourceIds)
            json.WriteStringValue(resourceId);
        json.WriteEndArray();
        json.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter json, string? value)
    {
        if (value is null)
            json.WriteNullValue();
        else
            json.WriteStringValue(value);
    }

    private sealed record AppendedNonce(long Id, string AccessKeyId, string Nonce, long ExpiresAt);
}
