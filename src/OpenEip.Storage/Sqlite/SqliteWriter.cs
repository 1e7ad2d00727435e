using System.Data.Common;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using OpenEip.Core.Ports;

namespace OpenEip.Storage.Sqlite;

/// <summary>
/// The one writer of a SQLite file, with group commit. Writes queue here; the loop takes what is queued (up to
/// <see cref="MaxBatch"/>), runs each write in its own savepoint of one <c>BEGIN IMMEDIATE</c> transaction, and
/// commits once: one fsync for the whole batch instead of one per write. The API calls' nonces and audit events of
/// the batch are inserted together just before the commit (<see cref="SqliteBatchLedger"/>).
/// </summary>
/// <remarks>
/// The guarantees of one transaction per write hold:
/// <list type="bullet">
/// <item>writes run one after another in queue order, so each sees every effect before it, as a serial writer would;</item>
/// <item>a write that is refused or throws rolls back its savepoint alone; the others in the batch keep theirs;</item>
/// <item>no caller hears its answer (not even a refusal) before the commit that makes the batch durable, and a commit
/// that fails fails every write of the batch, so nothing acknowledged is lost on a crash (a write that throws hears
/// its exception at once: it left nothing);</item>
/// <item>a fault that ends the transaction itself (a full disk, an I/O error) fails the whole batch with it.</item>
/// </list>
/// The connection stays open between batches, so its pragmas are set once.
/// </remarks>
internal sealed class SqliteWriter : IDisposable
{
    /// <summary>
    /// Bounds how long the first write of a busy batch waits for the last one to run. Smaller batches answer sooner,
    /// so the callers' next writes arrive while the writer still works, where larger ones left it idle between
    /// batches: Allocate at 64 clients ran at about 11,300/s with 32, 10,200/s with 64 and 10,300/s with 128, and
    /// commits at 12 cost more than they saved (8,300-8,800/s). Issue 12, interleaved runs.
    /// </summary>
    public const int MaxBatch = 32;

    /// <summary>How many committed writes between checkpoint requests: a few pages each, so about SQLite's own 1,000 pages.</summary>
    public const int CheckpointEveryWrites = 200;

    /// <summary>
    /// The size the log file is cut back to when it starts again from its beginning: a burst may have grown it, and the
    /// blocks kept are reused without the file system allocating them again.
    /// </summary>
    private const long JournalSizeLimit = 64L * 1024 * 1024;

    // Run on prepared statements: SqliteTransaction.Save and its kin compile their statement each time (about 1 µs
    // each, three times a write, against a quarter of that prepared).
    private const string Save = "SAVEPOINT queued_write";
    private const string RollbackTo = "ROLLBACK TO queued_write";
    private const string Release = "RELEASE queued_write";
    private static readonly TimeSpan DrainOnDispose = TimeSpan.FromSeconds(30);
    private readonly Channel<QueuedWrite> _queue = Channel.CreateUnbounded<QueuedWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<SqliteConnection> _open;
    private readonly Action _beforeBatch;
    private readonly SqliteWriteHealth _health;
    private readonly SqliteCheckpointer _checkpointer;
    private readonly SqliteBatchLedger _ledger;
    private readonly Thread _loop;
    private PreparedStatementConnection? _connection;
    private int _writesSinceCheckpoint;

    /// <param name="open">Opens a writable connection with the store's pragmas.</param>
    /// <param name="beforeBatch">Runs before each batch; throws (a <see cref="StoreUnavailableException"/>) when writes are refused now.</param>
    /// <param name="ledger">Collects each batch's nonces and audit events.</param>
    /// <param name="walRestartAfterFrames">See <see cref="SqliteStoreOptions.WalRestartAfterFrames"/>.</param>
    public SqliteWriter(Func<SqliteConnection> open, Action beforeBatch, SqliteWriteHealth health, SqliteBatchLedger ledger, int walRestartAfterFrames)
    {
        _ledger = ledger;
        _open = open;
        _beforeBatch = beforeBatch;
        _health = health;
        _checkpointer = new SqliteCheckpointer(open, walRestartAfterFrames);
        _loop = new Thread(Run) { Name = "OpenEip SQLite writer", IsBackground = true };
        _loop.Start();
    }

    /// <summary>Queues work; the answer comes once the batch it ran in is durable.</summary>
    public Task<T> WriteAsync<T>(Func<DbConnection, SqliteTransaction, SqliteBatchLedger, Task<WriteOutcome<T>>> work, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
            return Task.FromCanceled<T>(cancellationToken);
        var write = new QueuedWrite<T>(work, cancellationToken);
        if (!_queue.Writer.TryWrite(write))
            throw new StoreUnavailableException("the server is stopping and takes no more writes.");
        return write.Answer;
    }

    /// <summary>Takes no more writes, finishes the queued ones, and closes the connection.</summary>
    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _loop.Join(DrainOnDispose);
        _checkpointer.Dispose();
    }

    /// <summary>
    /// The loop, on a thread of its own: it blocks in SQLite's commits (an fsync each) and runs writes back to back,
    /// which would hold a pool thread for good; and a profile can tell its time from the requests' by the thread's name.
    /// The work of a write completes synchronously on SQLite; where it would not, the loop waits for it, as a write's
    /// turn includes all of its work.
    /// </summary>
    private void Run()
    {
        var reader = _queue.Reader;
        while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            RunBatch(reader);
        _connection?.Dispose();
        _connection = null;
    }

    private void RunBatch(ChannelReader<QueuedWrite> reader)
    {
        try
        {
            _beforeBatch();
        }
        catch (Exception refused)
        {
            // Usually a StoreUnavailableException (read-only on a full disk). Whatever it is, the loop goes on: a loop that
            // died would leave every later write waiting for ever.
            while (reader.TryRead(out var write))
                write.Failed(refused);
            return;
        }

        var batch = new List<QueuedWrite>();
        SqliteTransaction? transaction = null;
        try
        {
            var connection = _connection ??= OpenWriter();
            transaction = connection.Inner.BeginTransaction(deferred: false);
            _ledger.CatchUp(connection, transaction);
            while (batch.Count < MaxBatch && reader.TryRead(out var write))
            {
                if (write.CancellationToken.IsCancellationRequested)
                {
                    write.Failed(new OperationCanceledException(write.CancellationToken));
                    continue;
                }

                batch.Add(write);
                if (!TryRun(write, connection, transaction, _ledger))
                    batch.Remove(write);
            }

            _ledger.Flush(connection, transaction);
            transaction.Commit();
        }
        catch (Exception e)
        {
            // The transaction is gone or could not commit: no write of this batch happened.
            var failure = e is SqliteException fault && SqliteFaults.IsWriteFault(fault) ? _health.Failed(fault) : e;
            _ledger.Clear();
            Discard(transaction);
            foreach (var write in batch)
                write.Failed(failure);
            return;
        }
        finally
        {
            transaction?.Dispose();
        }

        _ledger.Committed();
        _health.Succeeded();
        foreach (var write in batch)
            write.Committed();
        _writesSinceCheckpoint += batch.Count;
        if (_writesSinceCheckpoint >= CheckpointEveryWrites)
        {
            _writesSinceCheckpoint = 0;
            _checkpointer.Request();
        }

        if (_checkpointer.TakeTailDue())
            FinishCheckpoint();
    }

    /// <summary>
    /// Copies the frames the last checkpoint beside the writer left behind (<see cref="SqliteCheckpointer"/>), so that the
    /// next transaction starts the log from its beginning. After the batch's answers: the next batch waits, not this one.
    /// </summary>
    private void FinishCheckpoint()
    {
        try
        {
            using var command = _connection!.Inner.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
            command.ExecuteNonQuery();
        }
        catch (SqliteException)
        {
            // As a checkpoint beside the writer: the log stays longer, and a fault of the disk shows in the next write.
        }
    }

    /// <summary>
    /// The writer's connection keeps its statements prepared (<see cref="PreparedStatementConnection"/>), checkpoints
    /// only the tail a checkpoint beside it left (<see cref="SqliteCheckpointer"/>), keeps its savepoint journals in memory:
    /// each write's savepoint copies every page it changes before changing it, and a copy over 64 KiB (an Allocate's
    /// is) went to a temporary file, which was about 70 small writes per Allocate and a quarter of the server's CPU.
    /// </summary>
    private PreparedStatementConnection OpenWriter()
    {
        var connection = _open();
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA wal_autocheckpoint=0; PRAGMA temp_store=MEMORY; PRAGMA journal_size_limit={JournalSizeLimit}";
        command.ExecuteNonQuery();
        return new PreparedStatementConnection(connection);
    }

    /// <returns>True when the write ran (kept or refused); false when it threw and its savepoint was rolled back.</returns>
    /// <exception cref="Exception">When the fault ended the whole transaction: the batch fails.</exception>
    private static bool TryRun(QueuedWrite write, PreparedStatementConnection connection, SqliteTransaction transaction, SqliteBatchLedger ledger)
    {
        connection.Execute(Save, transaction);
        var mark = ledger.Mark();
        try
        {
            write.RunAsync(connection, transaction, ledger).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not SqliteException fault || !SqliteFaults.IsWriteFault(fault))
        {
            ledger.Forget(mark);
            connection.Execute(RollbackTo, transaction);
            connection.Execute(Release, transaction);
            write.Failed(e);
            return false;
        }

        if (!write.Keep)
        {
            ledger.Forget(mark);
            connection.Execute(RollbackTo, transaction);
        }

        connection.Execute(Release, transaction);
        return true;
    }

    /// <summary>Rolls back what is left of a failed batch and drops the connection, so the next batch starts clean.</summary>
    private void Discard(SqliteTransaction? transaction)
    {
        try
        {
            transaction?.Rollback();
        }
        catch (SqliteException)
        {
            // SQLite already rolled it back (that is what a full disk does); nothing is left to undo.
        }
        catch (InvalidOperationException)
        {
            // The transaction had already completed.
        }

        _connection?.Dispose();
        _connection = null;
    }
}
