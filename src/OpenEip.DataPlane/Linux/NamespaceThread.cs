using System.Collections.Concurrent;
using OpenEip.DataPlane.Linux.Native;

namespace OpenEip.DataPlane.Linux;

/// <summary>
/// The one OS thread that does the executor's in-process work inside network namespaces: libnftables
/// scripts, sysctls, interface ioctls, gratuitous ARP. <c>setns(CLONE_NEWNET)</c> moves only the calling
/// thread, so this work never runs on thread-pool threads (they would carry the namespace into unrelated
/// code). Each item enters its namespace afresh (a name may have been deleted and created again since);
/// when the queue is empty the thread returns to the process's own namespace, so that it never keeps a
/// deleted namespace alive. It keeps an <see cref="NftContext"/> and a <see cref="PacketSocket"/> per
/// namespace (both sockets belong to the namespace they were opened in) and closes them when the namespace
/// goes. All libnftables calls of the process happen here, one at a time: the library has process-wide state.
/// </summary>
internal sealed class NamespaceThread : IDisposable
{
    private static readonly Lazy<NamespaceThread> s_shared = new(() => new NamespaceThread());

    private readonly BlockingCollection<Action> _queue = [];
    private readonly Dictionary<string, NamespaceHandles> _handles = new(StringComparer.Ordinal);
    private readonly Thread _thread;
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _home = -1;
    private bool _away;
    private string? _broken;

    private NamespaceThread()
    {
        _thread = new Thread(Loop) { IsBackground = true, Name = "openeip-netns" };
        _thread.Start();
        _started.Task.GetAwaiter().GetResult();
    }

    /// <summary>The process's thread (libnftables allows one user at a time).</summary>
    public static NamespaceThread Shared => s_shared.Value;

    /// <summary>Runs <paramref name="work"/> on the thread inside <paramref name="ns"/> (null: the process's own namespace).</summary>
    public Task<T> RunAsync<T>(string? ns, Func<NamespaceScope, T> work, CancellationToken cancellationToken)
    {
        // Continuations must not run on this thread: they would run inside whatever namespace it is in.
        var result = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        _queue.Add(() =>
        {
            if (cancellationToken.IsCancellationRequested)
            {
                result.TrySetCanceled(cancellationToken);
                return;
            }
            try
            {
                Enter(ns);
                result.TrySetResult(work(new NamespaceScope(this, ns)));
            }
            catch (Exception e)
            {
                result.TrySetException(e);
            }
        }, CancellationToken.None);
        return result.Task;
    }

    /// <summary>Closes what is kept open in namespaces that are about to be deleted (an open socket keeps a namespace, and its veths, alive).</summary>
    public Task ForgetAsync(IReadOnlyCollection<string> names) => RunAsync<bool>(null, _ =>
    {
        foreach (var name in names)
            Forget(name);
        return true;
    }, CancellationToken.None);

    /// <summary>Closes what is kept open in namespaces no longer in <paramref name="existing"/> (deleted by someone else).</summary>
    public Task RetainAsync(IReadOnlySet<string> existing) => RunAsync<bool>(null, _ =>
    {
        foreach (var name in _handles.Keys.Where(n => !existing.Contains(n)).ToList())
            Forget(name);
        return true;
    }, CancellationToken.None);

    /// <summary>What is kept open in the namespace the thread is in now; new if the name now means another namespace.</summary>
    internal NamespaceHandles HandlesFor(string ns)
    {
        var identity = CurrentIdentity();
        if (_handles.TryGetValue(ns, out var known))
        {
            if (known.Identity == identity)
                return known;
            known.Dispose();
        }
        var handles = new NamespaceHandles(identity);
        _handles[ns] = handles;
        return handles;
    }

    /// <summary>Moves the thread into <paramref name="ns"/> (null: home). Only for work items on this thread.</summary>
    internal void Enter(string? ns)
    {
        if (_broken is not null)
            throw new InvalidOperationException(_broken);
        if (ns is null)
        {
            GoHome();
            return;
        }
        var fd = Libc.Open(Path.Combine(NamespaceNames.Directory, NamespaceNames.Validate(ns)), Libc.ReadOnly | Libc.CloseOnExec);
        if (fd < 0)
            throw new InvalidOperationException(File.Exists(Path.Combine(NamespaceNames.Directory, ns))
                ? $"cannot open network namespace '{ns}': {Libc.LastError()}"
                : $"network namespace '{ns}' does not exist");
        try
        {
            if (Libc.SetNamespace(fd, Libc.CloneNewNet) != 0)
                throw new InvalidOperationException($"cannot enter network namespace '{ns}': {Libc.LastError()}");
            _away = true;
        }
        finally
        {
            Libc.Close(fd);
        }
    }

    public void Dispose()
    {
        _queue.CompleteAdding();
        if (Thread.CurrentThread != _thread)
            _thread.Join();
    }

    private static string CurrentIdentity() =>
        new FileInfo("/proc/thread-self/ns/net").LinkTarget ?? throw new InvalidOperationException("cannot read /proc/thread-self/ns/net");

    private void Loop()
    {
        _home = Libc.Open("/proc/thread-self/ns/net", Libc.ReadOnly | Libc.CloseOnExec);
        if (_home < 0)
            _broken = $"cannot open the process's network namespace: {Libc.LastError()}";
        _started.SetResult();
        foreach (var item in _queue.GetConsumingEnumerable())
        {
            item();
            if (_queue.Count == 0 && _broken is null)
                GoHome();
        }
        foreach (var handles in _handles.Values)
            handles.Dispose();
        _handles.Clear();
    }

    private void GoHome()
    {
        if (!_away)
            return;
        if (Libc.SetNamespace(_home, Libc.CloneNewNet) != 0)
            _broken = $"the namespace thread cannot return to the process's network namespace: {Libc.LastError()}";
        else
            _away = false;
    }

    private void Forget(string name)
    {
        if (_handles.Remove(name, out var known))
            known.Dispose();
    }
}
