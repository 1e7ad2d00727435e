using OpenEip.Core.Errors;
using OpenEip.Storage.Sqlite;

namespace OpenEip.Tests.Storage;

/// <summary>
/// The SQLite write-ahead log under a steady stream of writes (issue 12): a checkpoint beside a busy writer never
/// copies every frame by itself, so the writer finishes it and the log starts again from its beginning instead of
/// growing for as long as the load lasts (it grew 700 MB in 12 seconds of Allocate).
/// </summary>
public sealed class SqliteLogRestartTests : IDisposable
{
    private const int Writers = 8;
    private const int WritesEach = 1200;
    private const int PageSize = 4096;
    private readonly string _path = Path.Combine(Directory.CreateTempSubdirectory("openeip-wal-").FullName, "openeip.db");

    [Fact]
    public async Task Under_writes_that_never_pause_the_log_starts_again_instead_of_growing()
    {
        long largest = 0;
        using (var store = new SqliteStore(new SqliteStoreOptions(_path, WalRestartAfterFrames: 256), TimeProvider.System))
        {
            // Several callers that never pause keep a write queued behind every batch; each write changes a page or more.
            var value = new string('x', 3000);
            await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
            {
                for (var i = 0; i < WritesEach; i++)
                {
                    var written = await store.WriteAsync<int>(null, async session =>
                    {
                        await session.Settings.SetAsync($"filler-{writer}-{i % 50}", value + i);
                        return Result<int>.Ok(i);
                    }, CancellationToken.None);
                    Assert.True(written.IsSuccess);
                    InterlockedMax(ref largest, new FileInfo(_path + "-wal").Length);
                }
            })));
        }

        // 9,600 writes of a page or more: a log that never started again would hold them all (39 MB and more). One that
        // starts again stays near 3 MB here, whatever the number of writes.
        Assert.InRange(largest, 1, Writers * WritesEach * PageSize / 4);
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);

    private static void InterlockedMax(ref long target, long value)
    {
        var seen = Interlocked.Read(ref target);
        while (value > seen)
        {
            var was = Interlocked.CompareExchange(ref target, value, seen);
            if (was == seen)
                return;
            seen = was;
        }
    }
}
