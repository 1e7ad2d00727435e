using OpenEip.Core.Ports;

namespace OpenEip.Server.DataPlane;

/// <summary>
/// A wake-up the reconciler waits on. Take <see cref="Current"/> before a pass and wait on it after:
/// a notification that arrives during the pass completes that task, so no wake-up is ever missed.
/// </summary>
public sealed class ReconcileSignal : IReconcileSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Current => Volatile.Read(ref _next).Task;

    public void Notify() =>
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
