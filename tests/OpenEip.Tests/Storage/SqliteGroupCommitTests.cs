using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Storage.Sqlite;

namespace OpenEip.Tests.Storage;

/// <summary>
/// The SQLite store's single writer with group commit (issue 12): writes queued while one runs share its
/// transaction, each in its own savepoint, and keep every guarantee of one transaction per write.
/// </summary>
public sealed class SqliteGroupCommitTests : IDisposable
{
    /// <summary>As many writes as join the blocked one in its batch (SqliteWriter.MaxBatch in all).</summary>
    private const int Queued = SqliteWriter.MaxBatch - 1;
    private readonly string _path = Path.Combine(Directory.CreateTempSubdirectory("openeip-group-").FullName, "openeip.db");

    [Fact]
    public async Task Writes_queued_behind_a_running_one_see_each_other_in_order_and_a_refusal_or_a_fault_undoes_only_itself()
    {
        var (store, first, release, queued) = await QueueBehindABlockedWriteAsync((session, i) => i switch
        {
            7 => Task.FromResult<Result<int>>(new Error("Refused", "write 7 is refused after writing")),
            13 => throw new InvalidOperationException("write 13 fails after writing"),
            _ => Task.FromResult(Result<int>.Ok(i)),
        });

        release.SetResult();
        await first;
        Assert.Equal("Refused", (await queued[7]).Error?.Code);
        await Assert.ThrowsAsync<InvalidOperationException>(() => queued[13]);
        Assert.All(queued.Where((_, i) => i is not 7 and not 13), task => Assert.True(task.Result.IsSuccess));
        store.Dispose();

        // Every kept write saw the one before it, uncommitted then, and is durable now; 7 and 13 left nothing.
        using var reopened = new SqliteStore(new SqliteStoreOptions(_path), TimeProvider.System);
        var log = await reopened.ReadAsync(s => s.Settings.FindAsync("log"), CancellationToken.None);
        var expected = string.Join(",", new[] { "first" }.Concat(Enumerable.Range(0, Queued).Where(i => i is not 7 and not 13).Select(i => i.ToString())));
        Assert.Equal(expected, log);
    }

    [Fact]
    public async Task No_write_of_a_batch_is_answered_before_the_batch_commits()
    {
        var secondRelease = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var reachedLast = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var (store, first, release, queued) = await QueueBehindABlockedWriteAsync(async (session, i) =>
        {
            if (i == Queued - 1)
            {
                reachedLast.SetResult();
                await secondRelease.Task;
            }

            return Result<int>.Ok(i);
        });

        release.SetResult();
        await reachedLast.Task;

        // The queued writes before the last have run and kept their changes, but their batch is still open.
        Assert.False(first.IsCompleted);
        Assert.All(queued, task => Assert.False(task.IsCompleted));
        secondRelease.SetResult();
        await Task.WhenAll(queued);
        Assert.True(first.IsCompletedSuccessfully);
        store.Dispose();
    }

    [Fact]
    public async Task A_write_whose_caller_gave_up_before_its_turn_does_not_run()
    {
        using var cancel = new CancellationTokenSource();
        using var store = new SqliteStore(new SqliteStoreOptions(_path), TimeProvider.System);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = store.WriteAsync<int>(null, async _ =>
        {
            started.SetResult();
            await release.Task;
            return 0;
        }, CancellationToken.None);
        await started.Task;
        var ran = false;
        var abandoned = store.WriteAsync<int>(null, async s =>
        {
            ran = true;
            await s.Settings.SetAsync("abandoned", "yes");
            return 1;
        }, cancel.Token);

        await cancel.CancelAsync();
        release.SetResult();
        await first;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        Assert.False(ran);
        Assert.Null(await store.ReadAsync(s => s.Settings.FindAsync("abandoned"), CancellationToken.None));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);
    }

    /// <summary>
    /// Starts a write that holds the writer until released, then queues <see cref="Queued"/> writes behind it: each
    /// appends its number to the setting "log" (reading what the writes before it appended), then does what
    /// <paramref name="then"/> says. They all run in the blocked write's batch once it is released. The caller disposes the store.
    /// </summary>
    private async Task<(SqliteStore Store, Task<Result<int>> First, TaskCompletionSource Release, List<Task<Result<int>>> Queued)> QueueBehindABlockedWriteAsync(
        Func<IStoreSession, int, Task<Result<int>>> then)
    {
        var store = new SqliteStore(new SqliteStoreOptions(_path), TimeProvider.System);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = store.WriteAsync<int>(null, async s =>
        {
            started.SetResult();
            await release.Task;
            await s.Settings.SetAsync("log", "first");
            return -1;
        }, CancellationToken.None);
        await started.Task;
        var queued = Enumerable.Range(0, Queued).Select(i => store.WriteAsync(null, async s =>
        {
            var log = await s.Settings.FindAsync("log");
            await s.Settings.SetAsync("log", $"{log},{i}");
            return await then(s, i);
        }, CancellationToken.None)).ToList();
        return (store, first, release, queued);
    }
}
