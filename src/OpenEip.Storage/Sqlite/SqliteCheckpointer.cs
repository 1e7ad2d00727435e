using System.Threading.Channels;
using Dapper;
using Microsoft.Data.Sqlite;

namespace OpenEip.Storage.Sqlite;

/// <summary>
/// Copies the write-ahead log into the database file off the writer's path (issue 12). Left to SQLite, the commit that
/// finds 1,000 pages in the log copies them and syncs the database file before the writer may go on, and every write
/// queued behind it waits: that was the slowest percent of allocations. The writer turns automatic checkpoints off and
/// asks here every <see cref="SqliteWriter.CheckpointEveryWrites"/> writes; a passive checkpoint runs beside it (it
/// never blocks the writer or a reader).
/// </summary>
/// <remarks>
/// SQLite starts the log again from its beginning only when a write transaction begins with every frame of it copied,
/// and a checkpoint beside a busy writer never gets there: it copies the frames there were when it began, and the
/// writer has appended more by the time it ends. Under a steady load the log grew without end, 700 MB in 12 seconds of
/// Allocate, and every frame written at its end cost the file system a new block, zeroed (about a seventh of the
/// writer's time in a profile; issue 12). So once a checkpoint here has copied a log of
/// <see cref="SqliteStoreOptions.WalRestartAfterFrames"/> frames or more, the writer copies the frames appended since
/// itself, between two batches (<see cref="TakeTailDue"/>): a few hundred, after which its next transaction writes the
/// log from its start again.
/// </remarks>
internal sealed class SqliteCheckpointer : IDisposable
{
    private static readonly TimeSpan DrainOnDispose = TimeSpan.FromSeconds(30);
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private readonly Func<SqliteConnection> _open;
    private readonly Task _loop;
    private readonly int _restartAfterFrames;
    private int _tailDue;

    public SqliteCheckpointer(Func<SqliteConnection> open, int restartAfterFrames)
    {
        _open = open;
        _restartAfterFrames = restartAfterFrames;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Asks for a checkpoint; requests made while one is waiting or running fold into the next.</summary>
    public void Request() => _requests.Writer.TryWrite(true);

    /// <summary>True once, after a checkpoint here copied a log of <see cref="SqliteStoreOptions.WalRestartAfterFrames"/> frames or more.</summary>
    public bool TakeTailDue() => Interlocked.Exchange(ref _tailDue, 0) == 1;

    public void Dispose()
    {
        _requests.Writer.TryComplete();
        _loop.Wait(DrainOnDispose);
    }

    private async Task RunAsync()
    {
        SqliteConnection? connection = null;
        try
        {
            while (await _requests.Reader.WaitToReadAsync())
            {
                _requests.Reader.TryRead(out _);
                try
                {
                    connection ??= _open();
                    // The log's frames when the checkpoint began, and how many of them it copied: all of them, unless a
                    // reader still needed some. The writer has appended more since.
                    var (_, logged, copied) = await connection.QuerySingleAsync<(long Busy, long Logged, long Copied)>("PRAGMA wal_checkpoint(PASSIVE)");
                    if (logged >= _restartAfterFrames && copied == logged)
                        Interlocked.Exchange(ref _tailDue, 1);
                }
                catch (SqliteException)
                {
                    // A full disk or an I/O error: the log stays longer and the next request tries again. The writes
                    // themselves report such faults (SqliteWriteHealth); a checkpoint is never what a caller waits on.
                    connection?.Dispose();
                    connection = null;
                }
            }
        }
        finally
        {
            connection?.Dispose();
        }
    }
}
