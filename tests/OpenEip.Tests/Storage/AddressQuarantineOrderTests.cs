using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using OpenEip.Core.Errors;
using OpenEip.Core.Pools;
using OpenEip.Storage.Sqlite;

namespace OpenEip.Tests.Storage;

/// <summary>
/// The pool's quarantine order (R-LIFE-6, <c>IAddressRecords.FindFreeAsync</c>): never-used addresses first, then the
/// longest-released, so a still-recoverable address is handed out last. The order must not come from how the engine
/// happens to sort NULLs (SQLite first, PostgreSQL last).
/// </summary>
public sealed class AddressQuarantineOrderTests : IDisposable
{
    private const string Region = "cn-hangzhou";
    private readonly string _directory = Directory.CreateTempSubdirectory("openeip-quarantine-").FullName;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task FindFree_GivesNeverUsedFirst_ThenOldestReleased_ThenNewest()
    {
        using var store = new SqliteStore(new SqliteStoreOptions(Path.Combine(_directory, "openeip.db")), _clock);
        var now = _clock.GetUtcNow();
        // The released addresses have the lowest numbers, so ordering by number alone would pick them first.
        await WriteAsync(store, async session =>
        {
            await session.Addresses.AddToPoolAsync(Region, ["203.0.113.1", "203.0.113.2", "203.0.113.3", "203.0.113.4"]);
            await session.Addresses.HoldAsync("203.0.113.1", "eip-recent", "acct-a");
            await session.Addresses.ReleaseAsync("203.0.113.1", now.AddDays(-1));
            await session.Addresses.HoldAsync("203.0.113.2", "eip-old", "acct-a");
            await session.Addresses.ReleaseAsync("203.0.113.2", now.AddDays(-30));
        });

        var handedOut = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            await WriteAsync(store, async session =>
            {
                var free = await session.Addresses.FindFreeAsync(Region);
                Assert.NotNull(free);
                handedOut.Add(free.IpAddress);
                await session.Addresses.HoldAsync(free.IpAddress, $"eip-new-{i}", "acct-b");
            });
        }

        Assert.Equal(["203.0.113.3", "203.0.113.4", "203.0.113.2", "203.0.113.1"], handedOut);
        PoolAddress? none = null;
        await WriteAsync(store, async session => none = await session.Addresses.FindFreeAsync(Region));
        Assert.Null(none);
    }

    private static Task WriteAsync(SqliteStore store, Func<OpenEip.Core.Ports.IStoreSession, Task> write) =>
        store.WriteAsync<int>(null, async session =>
        {
            await write(session);
            return Result<int>.Ok(0);
        }, CancellationToken.None);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
