using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace OpenEip.Storage.Sqlite;

/// <summary>A <see cref="QueuedWrite"/> whose caller waits for a <typeparamref name="T"/>.</summary>
internal sealed class QueuedWrite<T>(Func<DbConnection, SqliteTransaction, SqliteBatchLedger, Task<WriteOutcome<T>>> work, CancellationToken cancellationToken)
    : QueuedWrite(cancellationToken)
{
    // Continuations run off the writer's loop, so a caller never holds up the next batch.
    private readonly TaskCompletionSource<T> _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WriteOutcome<T>? _outcome;

    public Task<T> Answer => _answer.Task;

    public override bool Keep => _outcome?.Keep ?? false;

    public override void Committed()
    {
        if (_outcome is not { } outcome)
        {
            _answer.TrySetException(new InvalidOperationException("a write was committed before it ran"));
            return;
        }

        try
        {
            // Before the answer: the caller's next step (another write of its call, a signed request) sees it done.
            if (outcome.Keep)
                outcome.AfterCommit?.Invoke();
        }
        catch (Exception e)
        {
            // Committed, but an in-memory step failed: the caller hears it rather than the writer's loop dying of it.
            _answer.TrySetException(e);
            return;
        }

        _answer.TrySetResult(outcome.Value);
    }

    public override void Failed(Exception failure)
    {
        if (failure is OperationCanceledException && CancellationToken.IsCancellationRequested)
            _answer.TrySetCanceled(CancellationToken);
        else
            _answer.TrySetException(failure);
    }

    protected override async Task RunCoreAsync(DbConnection connection, SqliteTransaction transaction, SqliteBatchLedger ledger) =>
        _outcome = await work(connection, transaction, ledger);
}
