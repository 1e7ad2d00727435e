using Microsoft.Extensions.Time.Testing;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Storage.Sqlite;

namespace OpenEip.Tests.Storage;

public sealed class IdempotencyRetentionTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("openeip-idem-").FullName;

    [Fact]
    public async Task R_EIP_10_a_client_token_is_remembered_for_a_day_then_forgotten()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        using var store = new SqliteStore(new SqliteStoreOptions(Path.Combine(_directory, "openeip.db")), clock);
        var key = new IdempotencyKey("1000000000000009", "token", "fingerprint");
        var runs = 0;
        Task<Result<int>> WriteAsync() => store.WriteAsync(key, _ => Task.FromResult(Result<int>.Ok(++runs)), CancellationToken.None);

        var first = await WriteAsync();
        clock.Advance(TimeSpan.FromHours(23));
        var withinADay = await WriteAsync();
        clock.Advance(TimeSpan.FromHours(2));
        await store.WriteAsync<int>(null, _ => Task.FromResult(Result<int>.Ok(0)), CancellationToken.None); // a write that prunes
        var afterADay = await WriteAsync();

        Assert.Equal(1, first.Value);
        Assert.Equal(1, withinADay.Value);
        Assert.Equal(2, afterADay.Value);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
