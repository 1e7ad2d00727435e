using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Storage.Sqlite;

namespace OpenEip.Tests.Storage;

/// <summary>
/// R-EIP-10 on SQLite, whose ClientTokens are appended and found from the writer's memory (0021_idempotency_appended.sql,
/// SqliteClientTokens): a retry gets the first result wherever the first call's row is, and nothing is recorded for a
/// write that did not happen. The store contract (LedgerStoreContract) checks two servers on one database.
/// </summary>
public sealed class ClientTokenTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("openeip-tokens-").FullName;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));

    private string DatabasePath => Path.Combine(_directory, "openeip.db");

    [Fact]
    public async Task A_retry_queued_in_the_same_batch_as_the_first_call_gets_its_result_and_runs_nothing()
    {
        using var store = Open();
        var gate = new TaskCompletionSource();
        var key = new IdempotencyKey("1000000000000001", "token-1", "fingerprint");
        var runs = 0;

        // The writer waits in the first write, so the next two queue behind it and run in its batch.
        var blocking = store.WriteAsync<int>(null, async _ => { await gate.Task; return 0; }, CancellationToken.None);
        var first = store.WriteAsync<int>(key, _ => Task.FromResult(Result<int>.Ok(++runs)), CancellationToken.None);
        var retry = store.WriteAsync<int>(key, _ => Task.FromResult(Result<int>.Ok(++runs)), CancellationToken.None);
        gate.SetResult();
        await blocking;

        Assert.Equal(1, (await first).Value);
        Assert.Equal(1, (await retry).Value);
        Assert.Equal(1, runs);
        Assert.Equal(1, await CountRowsAsync());
    }

    [Fact]
    public async Task A_retry_after_the_server_restarts_gets_the_first_result()
    {
        var key = new IdempotencyKey("1000000000000001", "token-1", "fingerprint");
        using (var before = Open())
            Assert.Equal("first", (await before.WriteAsync<string>(key, _ => Task.FromResult(Result<string>.Ok("first")), CancellationToken.None)).Value);

        using var after = Open();
        var retry = await after.WriteAsync<string>(key, _ => Task.FromResult(Result<string>.Ok("second")), CancellationToken.None);
        var mismatch = await after.WriteAsync<string>(key with { Fingerprint = "other" }, _ => Task.FromResult(Result<string>.Ok("third")), CancellationToken.None);

        Assert.Equal("first", retry.Value);
        Assert.Equal("IdempotentParameterMismatch", mismatch.Error?.Code);
    }

    [Fact]
    public async Task A_write_that_threw_or_was_refused_keeps_no_result_and_its_retry_runs()
    {
        using var store = Open();
        var key = new IdempotencyKey("1000000000000001", "token-1", "fingerprint");

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            store.WriteAsync<string>(key, _ => throw new InvalidOperationException("boom"), CancellationToken.None));
        var refused = await store.WriteAsync<string>(key, _ => Task.FromResult(Result<string>.Fail(ApiErrors.InvalidParameter("Name", "no."))), CancellationToken.None);
        var retry = await store.WriteAsync<string>(key, _ => Task.FromResult(Result<string>.Ok("ran")), CancellationToken.None);

        Assert.Equal("InvalidParameter", refused.Error?.Code);
        Assert.Equal("ran", retry.Value);
        Assert.Equal(1, await CountRowsAsync());
    }

    [Fact]
    public async Task Past_a_day_the_row_is_deleted_and_the_token_runs_again()
    {
        using var store = Open();
        var key = new IdempotencyKey("1000000000000001", "token-1", "fingerprint");
        var runs = 0;
        Task<Result<int>> WriteAsync() => store.WriteAsync(key, _ => Task.FromResult(Result<int>.Ok(++runs)), CancellationToken.None);

        await WriteAsync();
        _clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1));
        await store.WriteAsync<int>(null, _ => Task.FromResult(Result<int>.Ok(0)), CancellationToken.None);
        var rowsAfterExpiry = await CountRowsAsync();
        var again = await WriteAsync();

        Assert.Equal(0, rowsAfterExpiry);
        Assert.Equal(2, again.Value);
        Assert.Equal(1, await CountRowsAsync());
    }

    [Fact]
    public async Task Tokens_whose_hashes_collide_each_find_their_own_result_and_expire()
    {
        var tokens = new SqliteClientTokens(static (_, _) => 42);
        await using var connection = Migrated();
        var now = _clock.GetUtcNow();
        var a = new IdempotencyKey("1000000000000001", "token-a", "fa");
        var b = new IdempotencyKey("1000000000000001", "token-b", "fb");
        var c = new IdempotencyKey("1000000000000002", "token-a", "fc");

        await InBatchAsync(connection, tokens, now, t => t.Remember(a, "\"A\"", now));
        await InBatchAsync(connection, tokens, now, t => t.Remember(b, "\"B\"", now));
        var found = new List<string?>();
        await InBatchAsync(connection, tokens, now, async t =>
        {
            foreach (var key in new[] { a, b, c })
                found.Add((await t.FindEarlierAsync(connection, Transaction!, key))?.Response);
        });
        var later = now + TimeSpan.FromDays(2);
        await InBatchAsync(connection, tokens, later, _ => { });

        Assert.Equal(["\"A\"", "\"B\"", null], found);
        Assert.Equal(0, tokens.Count);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM idempotency"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Tokens_loaded_when_the_store_opens_are_found_by_their_retries_whatever_their_characters(bool colliding)
    {
        SqliteClientTokens NewTokens() => colliding ? new SqliteClientTokens(static (_, _) => 42) : new SqliteClientTokens();
        await using var connection = Migrated();
        var now = _clock.GetUtcNow();
        // A start reads the file's bytes and a retry brings strings: both must come to the same token.
        var keys = new[]
        {
            new IdempotencyKey("1000000000000001", "token-a", "fa"),
            new IdempotencyKey("1000000000000001", "t\u00f6k\u00e9n-\u4e2d\u6587-\ud83d\ude00", "fb"),
            new IdempotencyKey("1000000000000002", "token-a", "fc"),
        };
        var before = NewTokens();
        before.Load(connection, now);
        await InBatchAsync(connection, before, now, t =>
        {
            foreach (var key in keys)
                t.Remember(key, $"\"{key.Fingerprint}\"", now);
        });

        var after = NewTokens();
        after.Load(connection, now.AddHours(1));
        var found = new List<string?>();
        await InBatchAsync(connection, after, now.AddHours(1), async t =>
        {
            foreach (var key in keys.Append(new IdempotencyKey("1000000000000003", "token-a", "fd")))
                found.Add((await t.FindEarlierAsync(connection, Transaction!, key))?.Fingerprint);
        });

        Assert.Equal(["fa", "fb", "fc", null], found);
        Assert.Equal(3, after.Count);
    }

    [Fact]
    public async Task A_batch_that_fails_leaves_no_token_behind()
    {
        var tokens = new SqliteClientTokens();
        await using var connection = Migrated();
        var now = _clock.GetUtcNow();
        var key = new IdempotencyKey("1000000000000001", "token-a", "fa");

        var transaction = connection.BeginTransaction();
        tokens.CatchUp(connection, transaction, now);
        tokens.Remember(key, "\"A\"", now);
        tokens.Flush(connection, transaction);
        transaction.Rollback();
        tokens.Clear();
        object? found = null;
        await InBatchAsync(connection, tokens, now, async t => found = await t.FindEarlierAsync(connection, Transaction!, key));

        Assert.Null(found);
        Assert.Equal(0, tokens.Count);
    }

    [Fact]
    public async Task Migration_0021_keeps_the_tokens_of_the_keyed_table()
    {
        var now = _clock.GetUtcNow().ToUnixTimeMilliseconds();
        using (var old = SqliteMigrationsBefore.Create(DatabasePath, "0021"))
        {
            old.Execute(
                "INSERT INTO idempotency (account_id, client_token, fingerprint, response, created_at) VALUES ('1000000000000001', 'old-token', 'fingerprint', '\"first\"', @now)",
                new { now });
        }

        using var store = Open();
        var retry = await store.WriteAsync<string>(
            new IdempotencyKey("1000000000000001", "old-token", "fingerprint"), _ => Task.FromResult(Result<string>.Ok("second")), CancellationToken.None);

        Assert.Equal("first", retry.Value);
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("SELECT id FROM idempotency WHERE client_token = 'old-token'"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private SqliteTransaction? Transaction { get; set; }

    private SqliteStore Open() => new(new SqliteStoreOptions(DatabasePath), _clock);

    private async Task<long> CountRowsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM idempotency");
    }

    private SqliteConnection Migrated()
    {
        using (Open())
        {
            // Opening the store migrates the file.
        }

        var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        return connection;
    }

    /// <summary>One batch as the writer runs it: catch up, the work, flush, commit.</summary>
    private async Task InBatchAsync(SqliteConnection connection, SqliteClientTokens tokens, DateTimeOffset now, Func<SqliteClientTokens, Task> work)
    {
        using var transaction = connection.BeginTransaction();
        Transaction = transaction;
        tokens.CatchUp(connection, transaction, now);
        await work(tokens);
        tokens.Flush(connection, transaction);
        transaction.Commit();
        tokens.Committed();
        Transaction = null;
    }

    private Task InBatchAsync(SqliteConnection connection, SqliteClientTokens tokens, DateTimeOffset now, Action<SqliteClientTokens> work) =>
        InBatchAsync(connection, tokens, now, t => { work(t); return Task.CompletedTask; });

}
