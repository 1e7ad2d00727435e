using System.Data.Common;
using System.IO.Hashing;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using OpenEip.Core.Ports;
using OpenEip.Core.Text;
using OpenEip.Storage.Sql;
using SQLitePCL;

namespace OpenEip.Storage.Sqlite;

/// <summary>
/// The ClientTokens of SQLite's <c>idempotency</c> table (R-EIP-10), found from memory and appended in batches: the
/// table has no key on the token (0021_idempotency_appended.sql), and this index, owned by the writer, says which row
/// holds a token. Part of <see cref="SqliteBatchLedger"/>; used on the writer's thread only.
/// </summary>
/// <remarks>
/// <para>Why (issue 12): a table keyed by the token, which the client makes up, took one random page of its key per
/// call, rewritten at every commit; most mutating calls carry a token (the SDKs and Terraform send one). In a measuring
/// run without ClientTokens, Allocate at 64 clients went from about 8,500/s to 9,800/s.</para>
/// <para>What holds, as with the key:</para>
/// <list type="bullet">
/// <item>a retry finds the first call's result, in the same batch (<see cref="FindEarlierAsync"/> looks at the batch's
/// rows first) or any later one;</item>
/// <item>a token is recorded in the transaction of the call's effect, and a write rolled back or a batch that fails
/// leaves nothing here either;</item>
/// <item>other server processes on the same file append their tokens too: at the start of each batch the writer reads
/// the rows appended since its last look (<see cref="CatchUp"/>), all of them others', since the batch holds the
/// file's write lock;</item>
/// <item>a token is kept for <see cref="SqlStoreDefaults.IdempotencyRetention"/>; the rows older are deleted in a batch's
/// transaction, and forgotten here once it commits.</item>
/// </list>
/// <para>Memory holds a 64-bit hash of the account and token (as UTF-8) per live row, not the strings: about 50 bytes a
/// token. A hit is checked against the row itself, which a retry reads anyway for its result; the rare second token
/// with the same hash is held by its full key instead. Loading 700,000 tokens at start takes about 0.35 s and 65 MB of
/// resident memory in a measurement (issue 12).</para>
/// </remarks>
internal sealed class SqliteClientTokens
{
    private const string AppendedSince =
        "SELECT id AS Id, account_id AS AccountId, client_token AS ClientToken, created_at AS CreatedAt FROM idempotency WHERE id > @lastSeenId ORDER BY id";

    private const string LiveUpTo =
        "SELECT id, account_id, client_token, created_at FROM idempotency WHERE id <= ?1 AND created_at >= ?2 ORDER BY id";

    private const string RowById =
        "SELECT account_id AS AccountId, client_token AS ClientToken, fingerprint AS Fingerprint, response AS Response FROM idempotency WHERE id = @id";

    private const string Insert =
        "INSERT INTO idempotency (account_id, client_token, fingerprint, response, created_at) VALUES (@p0, @p1, @p2, @p3, @p4)";

    private const string DeleteExpired = "DELETE FROM idempotency WHERE created_at < @cutoff";

    private readonly TokenHash _hash;
    private readonly Dictionary<ulong, long> _byHash = [];
    private readonly Dictionary<(string AccountId, string ClientToken), long> _collided = [];
    private readonly Queue<Entry> _byArrival = new();
    private readonly Queue<CollidedEntry> _collidedByArrival = new();

    /// <summary>This batch's tokens, in the order its writes ran, not yet in the table.</summary>
    private readonly List<Pending> _pending = [];

    /// <summary>This batch's tokens with the ids the insert gave them, to index once the batch commits.</summary>
    private readonly List<(long Id, long CreatedAt, string AccountId, string ClientToken)> _inserted = [];

    private long _lastSeenId;
    private long _lastSeenIdAfterCommit;
    private long? _deletedBefore;

    /// <param name="hash">The hash of an account and token; a test may pass one that collides.</param>
    public SqliteClientTokens(TokenHash? hash = null) => _hash = hash ?? RandomlySeededHash();

    /// <summary>The hash of an account and a token, each as UTF-8.</summary>
    public delegate ulong TokenHash(ReadOnlySpan<byte> accountId, ReadOnlySpan<byte> clientToken);

    /// <summary>How many tokens the index holds (for tests).</summary>
    public int Count => _byHash.Count + _collided.Count;

    /// <summary>
    /// Reads the live tokens when the store opens, up to the last id at that moment; the writer's <see cref="CatchUp"/>
    /// reads whatever other processes append after it.
    /// </summary>
    /// <remarks>
    /// Stepped through the SQLite library itself, hashing the bytes SQLite holds: no string, no record a row
    /// (<see cref="SqliteLiveNonces"/> does the same with the nonces). Through Dapper, 700,000 tokens took 0.8 s of a start.
    /// </remarks>
    public void Load(SqliteConnection connection, DateTimeOffset now)
    {
        var last = connection.ExecuteScalar<long>("SELECT COALESCE(MAX(id), 0) FROM idempotency");
        var cutoff = UnixTime.ToDb(now - SqlStoreDefaults.IdempotencyRetention);
        var db = connection.Handle!;
        SqliteLibrary.Check(raw.sqlite3_prepare_v2(db, LiveUpTo, out var statement), db);
        using (statement)
        {
            SqliteLibrary.Check(raw.sqlite3_bind_int64(statement, 1, last), db);
            SqliteLibrary.Check(raw.sqlite3_bind_int64(statement, 2, cutoff), db);
            int rc;
            while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                Index(raw.sqlite3_column_int64(statement, 0), raw.sqlite3_column_int64(statement, 3),
                    raw.sqlite3_column_blob(statement, 1), raw.sqlite3_column_blob(statement, 2));
            }

            SqliteLibrary.Check(rc, db);
        }

        _lastSeenId = _lastSeenIdAfterCommit = last;
    }

    /// <summary>
    /// At the start of a batch, in its transaction: learns the tokens other processes appended since the last batch, and
    /// deletes the rows past retention (forgotten here once the batch commits).
    /// </summary>
    public void CatchUp(DbConnection connection, DbTransaction transaction, DateTimeOffset now)
    {
        foreach (var row in connection.Query<TokenRow>(AppendedSince, new { lastSeenId = _lastSeenId }, transaction))
        {
            _lastSeenId = row.Id;
            Index(row.Id, row.CreatedAt, row.AccountId, row.ClientToken);
        }

        _lastSeenIdAfterCommit = _lastSeenId;
        var cutoff = UnixTime.ToDb(now - SqlStoreDefaults.IdempotencyRetention);
        if ((_byArrival.TryPeek(out var oldest) && oldest.CreatedAt < cutoff) || (_collidedByArrival.TryPeek(out var oldestCollided) && oldestCollided.CreatedAt < cutoff))
        {
            connection.Execute(DeleteExpired, new { cutoff }, transaction);
            _deletedBefore = cutoff;
        }
    }

    /// <returns>The result the first call with this token recorded, if it is still kept.</returns>
    public async Task<LedgerSql.StoredResponse?> FindEarlierAsync(DbConnection connection, DbTransaction transaction, IdempotencyKey key)
    {
        for (var i = _pending.Count - 1; i >= 0; i--)
        {
            if (_pending[i].Key.AccountId == key.AccountId && _pending[i].Key.ClientToken == key.ClientToken)
                return new LedgerSql.StoredResponse { Fingerprint = _pending[i].Key.Fingerprint, Response = _pending[i].Response };
        }

        // The token is held by its full key or by its hash, and an entry may point at a row that is gone (past
        // retention, deleted here or by another process) or, by its hash, at another token's: each is checked.
        if (_collided.TryGetValue((key.AccountId, key.ClientToken), out var byKey) && await RowOfAsync(byKey) is { } held)
            return held;
        return _byHash.TryGetValue(HashOf(key.AccountId, key.ClientToken), out var byHash) ? await RowOfAsync(byHash) : null;

        async Task<LedgerSql.StoredResponse?> RowOfAsync(long id)
        {
            var row = await connection.QuerySingleOrDefaultAsync<StoredRow>(RowById, new { id }, transaction);
            return row is not null && row.AccountId == key.AccountId && row.ClientToken == key.ClientToken
                ? new LedgerSql.StoredResponse { Fingerprint = row.Fingerprint, Response = row.Response }
                : null;
        }
    }

    /// <summary>Records the result of a call with a token that <see cref="FindEarlierAsync"/> did not find.</summary>
    public void Remember(IdempotencyKey key, string response, DateTimeOffset now) => _pending.Add(new Pending(key, response, UnixTime.ToDb(now)));

    /// <summary>Where the tokens of the write about to run will begin.</summary>
    public int Mark() => _pending.Count;

    /// <summary>Drops the tokens added since <paramref name="mark"/>: their write was rolled back.</summary>
    public void Forget(int mark) => _pending.RemoveRange(mark, _pending.Count - mark);

    /// <summary>Inserts the batch's tokens in its transaction, appended, and notes the ids they took.</summary>
    public void Flush(DbConnection connection, DbTransaction transaction)
    {
        if (_pending.Count == 0)
            return;
        using var insert = new PreparedInsert(connection, transaction, Insert);
        foreach (var row in _pending)
        {
            var key = row.Key;
            var id = insert.Text(0, key.AccountId).Text(1, key.ClientToken).Text(2, key.Fingerprint).Text(3, row.Response).Integer(4, row.CreatedAt).Run();
            _inserted.Add((id, row.CreatedAt, key.AccountId, key.ClientToken));
            _lastSeenIdAfterCommit = id;
        }

        _pending.Clear();
    }

    /// <summary>The batch is durable: its tokens are indexed, and the rows it deleted forgotten.</summary>
    public void Committed()
    {
        foreach (var (id, createdAt, accountId, clientToken) in _inserted)
            Index(id, createdAt, accountId, clientToken);
        _inserted.Clear();
        _lastSeenId = _lastSeenIdAfterCommit;
        if (_deletedBefore is { } cutoff)
        {
            while (_byArrival.TryPeek(out var oldest) && oldest.CreatedAt < cutoff)
            {
                _byArrival.Dequeue();
                if (_byHash.TryGetValue(oldest.Hash, out var id) && id == oldest.Id)
                    _byHash.Remove(oldest.Hash);
            }

            while (_collidedByArrival.TryPeek(out var oldest) && oldest.CreatedAt < cutoff)
            {
                _collidedByArrival.Dequeue();
                if (_collided.TryGetValue(oldest.Key, out var id) && id == oldest.Id)
                    _collided.Remove(oldest.Key);
            }
        }

        _deletedBefore = null;
    }

    /// <summary>The batch failed: nothing it did happened.</summary>
    public void Clear()
    {
        _pending.Clear();
        _inserted.Clear();
        _lastSeenIdAfterCommit = _lastSeenId;
        _deletedBefore = null;
    }

    private void Index(long id, long createdAt, string accountId, string clientToken)
    {
        var hash = HashOf(accountId, clientToken);
        if (_byHash.TryAdd(hash, id))
            _byArrival.Enqueue(new Entry(id, createdAt, hash));
        else
            IndexCollided(id, createdAt, accountId, clientToken);
    }

    private void Index(long id, long createdAt, ReadOnlySpan<byte> accountId, ReadOnlySpan<byte> clientToken)
    {
        var hash = _hash(accountId, clientToken);
        if (_byHash.TryAdd(hash, id))
            _byArrival.Enqueue(new Entry(id, createdAt, hash));
        else
            IndexCollided(id, createdAt, Encoding.UTF8.GetString(accountId), Encoding.UTF8.GetString(clientToken));
    }

    /// <summary>Another live token has this one's hash: this one is found by its full key.</summary>
    private void IndexCollided(long id, long createdAt, string accountId, string clientToken)
    {
        _collided[(accountId, clientToken)] = id;
        _collidedByArrival.Enqueue(new CollidedEntry(id, createdAt, (accountId, clientToken)));
    }

    private ulong HashOf(string accountId, string clientToken) =>
        Utf8Pair.Encode(accountId, clientToken, _hash, static (account, token, hash) => hash(account, token));

    /// <summary>XxHash3 of the account and token with a seed of this process's own, so a client cannot aim its tokens at one hash.</summary>
    private static TokenHash RandomlySeededHash()
    {
        var seed = BitConverter.ToInt64(RandomNumberGenerator.GetBytes(sizeof(long)));
        // Account ids are digits, so a line break between the two cannot be part of either.
        return (accountId, clientToken) => Utf8Pair.Join(accountId, clientToken, seed, static (joined, seed) => XxHash3.HashToUInt64(joined, seed));
    }

    /// <summary>A token held by its hash, in the order they came (about the order they expire): 24 bytes.</summary>
    private readonly record struct Entry(long Id, long CreatedAt, ulong Hash);

    /// <summary>A token held by its full key, the rare one whose hash another live token has.</summary>
    private readonly record struct CollidedEntry(long Id, long CreatedAt, (string AccountId, string ClientToken) Key);

    internal readonly record struct Pending(IdempotencyKey Key, string Response, long CreatedAt);

    private sealed record TokenRow(long Id, string AccountId, string ClientToken, long CreatedAt);

    private sealed record StoredRow(string AccountId, string ClientToken, string Fingerprint, string Response);
}
