using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using OpenEip.Core.Errors;
using OpenEip.Storage.Sqlite;

namespace OpenEip.Tests.Storage;

/// <summary>The operator's pool use counts (the console's operator overview): held, free, and free but still recoverable.</summary>
public sealed class PoolUseTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("openeip-pool-use-").FullName;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task DescribePoolUse_CountsHeldFreeAndRecentlyReleasedPerRegion()
    {
        using var store = new SqliteStore(new SqliteStoreOptions(Path.Combine(_directory, "openeip.db")), _clock);
        var now = _clock.GetUtcNow();
        await store.WriteAsync<int>(null, async session =>
        {
            await session.Addresses.AddToPoolAsync("cn-hangzhou", ["203.0.113.1", "203.0.113.2", "203.0.113.3", "203.0.113.4"]);
            await session.Addresses.AddToPoolAsync("cn-shanghai", ["198.51.100.1"]);
            await session.Addresses.HoldAsync("203.0.113.1", "eip-held", "acct-a");
            await session.Addresses.HoldAsync("203.0.113.2", "eip-recent", "acct-a");
            await session.Addresses.ReleaseAsync("203.0.113.2", now.AddDays(-1));
            await session.Addresses.HoldAsync("203.0.113.3", "eip-old", "acct-a");
            await session.Addresses.ReleaseAsync("203.0.113.3", now.AddDays(-30));
            return Result<int>.Ok(0);
        }, CancellationToken.None);

        var use = await store.DescribePoolUseAsync(now.AddDays(-7), CancellationToken.None);

        Assert.Equal(["cn-hangzhou", "cn-shanghai"], use.Select(u => u.RegionId));
        var hangzhou = use[0];
        Assert.Equal((4, 1, 3, 1), (hangzhou.Total, hangzhou.Held, hangzhou.Free, hangzhou.Recoverable));
        var shanghai = use[1];
        Assert.Equal((1, 0, 1, 0), (shanghai.Total, shanghai.Held, shanghai.Free, shanghai.Recoverable));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
