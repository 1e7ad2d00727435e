using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace OpenEip.Storage.Sqlite;

/// <summary>
/// One write waiting for <see cref="SqliteWriter"/>: its work, its caller's token and execution context, and how
/// the caller hears the outcome once the batch it ran in has committed (or failed).
/// </summary>
internal abstract class QueuedWrite(CancellationToken cancellationToken)
{
    // The caller's logging scopes and activity stay with its work, although the writer's loop runs it.
    private readonly ExecutionContext? _context = ExecutionContext.Capture();

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>False when the work asked to be undone (a refusal): the writer rolls back its savepoint.</summary>
    public abstract bool Keep { get; }

    public Task RunAsync(DbConnection connection, SqliteTransaction transaction, SqliteBatchLedger ledger)
    {
        if (_context is null)
            return RunCoreAsync(connection, transaction, ledger);
        Task? started = null;
        ExecutionContext.Run(_context, _ => started = RunCoreAsync(connection, transaction, ledger), null);
        return started!;
    }

    /// <summary>Called once the batch is durable: runs the work's after-commit step and answers the caller.</summary>
    public abstract void Committed();

    public abstract void Failed(Exception failure);

    protected abstract Task RunCoreAsync(DbConnection connection, SqliteTransaction transaction, SqliteBatchLedger ledger);
}
