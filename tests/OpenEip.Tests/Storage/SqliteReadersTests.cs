using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using OpenEip.Core.Errors;
using OpenEip.Storage.Sqlite;

namespace OpenEip.Tests.Storage;

/// <summary>The store's read connections keep their statements prepared between reads (SqliteReaders).</summary>
public sealed class SqliteReadersTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("openeip-readers-").FullName;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));

    private string DatabasePath => Path.Combine(_directory, "openeip.db");

    [Fact]
    public async Task A_read_that_failed_leaves_nothing_to_the_next_which_sees_later_commits()
    {
        using var store = new SqliteStore(new SqliteStoreOptions(DatabasePath), _clock);
        await store.WriteAsync<int>(null, async s => { await s.Settings.SetAsync("k", "1"); return 0; }, CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.ReadAsync<string?>(async s =>
        {
            _ = await s.Settings.FindAsync("k");
            throw new InvalidOperationException("the read failed");
        }, CancellationToken.None));
        await store.WriteAsync<int>(null, async s => { await s.Settings.SetAsync("k", "2"); return 0; }, CancellationToken.None);
        var reads = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => store.ReadAsync(s => s.Settings.FindAsync("k"), CancellationToken.None)));

        Assert.All(reads, value => Assert.Equal("2", value));
    }

    [Fact]
    public void A_connection_given_back_is_lent_again_until_a_reset_retires_it()
    {
        using var readers = new SqliteReaders(Open);

        var first = readers.Rent();
        readers.Return(first);
        var again = readers.Rent();
        readers.Reset();
        readers.Return(again);
        var after = readers.Rent();

        Assert.Same(first.Connection, again.Connection);
        Assert.Equal(ConnectionState.Closed, again.Connection.Inner.State);
        Assert.NotSame(again.Connection, after.Connection);
        Assert.Equal(ConnectionState.Open, after.Connection.Inner.State);
        after.Connection.Dispose();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath}");
        connection.Open();
        return connection;
    }
}
