using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using OpenEip.Core.Calls;
using OpenEip.Storage.Sqlite;

namespace OpenEip.Tests.Storage;

/// <summary>Migration 0020 on a database that kept mutating calls' nonces in request_nonces and reads' in read_nonces.</summary>
public sealed class SpentNoncesMigrationTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("openeip-nonce-migration-").FullName;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));

    private string DatabasePath => Path.Combine(_directory, "openeip.db");

    [Fact]
    public async Task Both_tables_nonces_stay_spent_and_new_ones_come_after_them()
    {
        var now = _clock.GetUtcNow().ToUnixTimeMilliseconds();
        using (var old = SqliteMigrationsBefore.Create(DatabasePath, "0020"))
        {
            old.Execute("INSERT INTO request_nonces (access_key_id, nonce, expires_at) VALUES ('LTAIkey', 'call-1', @live), ('LTAIkey', 'call-old', @expired)",
                new { live = now + 60_000, expired = now - 60_000 });
            old.Execute("INSERT INTO read_nonces (expires_at, access_key_id, nonce) VALUES (@live, 'LTAIkey', 'read-1')", new { live = now + 30_000 });
        }

        using var store = new SqliteStore(new SqliteStoreOptions(DatabasePath), _clock);
        await store.RecordAsync([new NonceRecord("LTAIkey", "read-2", _clock.GetUtcNow().AddMinutes(15))], [], CancellationToken.None);

        var live = await store.LiveNoncesAsync(_clock.GetUtcNow(), CancellationToken.None).ToListAsync();
        Assert.Equal(["call-1", "read-1", "read-2"], live.Select(n => n.Nonce).Order());
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        Assert.Equal(["read-1", "call-1", "read-2"], (await connection.QueryAsync<string>(
            "SELECT nonce FROM spent_nonces WHERE expires_at >= @now ORDER BY id", new { now })).ToList());
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sqlite_master WHERE name IN ('request_nonces', 'read_nonces')"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
