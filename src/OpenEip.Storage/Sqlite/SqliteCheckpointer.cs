using System.Threading.Channels;
using Dapper;
using Microsoft.Data.Sqlite;

namespace OpenEip.Storage.Sqlite;

/// <summary>
/// Copies the write-ahead log into the database file off the writer's path (issue 12). Left to SQLite, the commit that
/// finds 1,000 pages in the log copies them and syncs the database file before the writer may go on, and every write
/// queued behind it waits: that was the slowest percent of allocations. The writer turns automatic checkpoints off and
/// asks here every <see cref="SqliteWriter.CheckpointEveryWrites"/> writes; a passive checkpoint runs beside it (it
/// never blocks the writer or a reader), and SQLite reuses the log from its start once all of it is copied.
/// </summary>
internal sealed class SqliteCheckpointer : IDisposable
{
    private static readonly TimeSpan DrainOnDispose = TimeSpan.FromSeconds(30);
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private readonly Func<SqliteConnection> _open;
    private readonly Task _loop;

    public SqliteCheckpointer(Func<SqliteConnection> open)
    {
        _open = open;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Asks for a checkpoint; requests made while one is waiting or running fold into the next.</summary>
    public void Request() => _requests.Writer.TryWrite(true);

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
                    await connection.ExecuteAsync("PRAGMA wal_checkpoint(PASSIVE)");
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
