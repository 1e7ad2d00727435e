using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenEip.DataPlane.Actions;

namespace OpenEip.DataPlane.Linux;

/// <summary>
/// Carries out data-plane actions on this Linux host, in order: namespaces and links with <c>ip</c>, nftables
/// through libnftables in process, sysctls and gratuitous ARP in process, conntrack with <c>conntrack -D</c>.
/// In-process work runs on one dedicated thread that enters each action's namespace
/// (<see cref="NamespaceThread"/>). Safe to call from several callers at once; each call's actions keep
/// their order, calls are not ordered against each other. Needs root (<see cref="LinuxPrerequisites"/>).
/// </summary>
public sealed class LinuxActionExecutor : IActionExecutor
{
    private readonly NamespaceThread _thread;
    private readonly NamespaceLifecycle _namespaces;
    private readonly IpCommandsRunner _ip;
    private readonly AddressAnnouncer _announcer;

    public LinuxActionExecutor(ILogger<LinuxActionExecutor>? logger = null)
        : this(NamespaceThread.Shared, logger ?? (ILogger)NullLogger.Instance)
    {
    }

    internal LinuxActionExecutor(NamespaceThread thread, ILogger logger)
    {
        _thread = thread;
        _namespaces = new NamespaceLifecycle(thread);
        _ip = new IpCommandsRunner(logger);
        _announcer = new AddressAnnouncer(thread, logger);
    }

    public async Task ExecuteAsync(IReadOnlyList<DataPlaneAction> actions, CancellationToken cancellationToken)
    {
        for (var i = 0; i < actions.Count;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var action = actions[i];
            try
            {
                i = await ExecuteAtAsync(actions, i, cancellationToken);
            }
            catch (Exception e) when (e is not DataPlaneActionException and not OperationCanceledException)
            {
                // A tool that cannot be started, a namespace that vanished under a thread: still a failure of this action.
                throw new DataPlaneActionException(action, $"{e.GetType().Name}: {e.Message}");
            }
        }
    }

    public async Task<IReadOnlyList<string>> ListNamespacesAsync(CancellationToken cancellationToken)
    {
        var names = NamespaceNames.List();
        // A full resync lists namespaces: the moment to drop nft contexts of namespaces someone else deleted.
        await _thread.RetainAsync(names.ToHashSet(StringComparer.Ordinal));
        return names;
    }

    public Task<NamespaceInventory> InspectAsync(string ns, CancellationToken cancellationToken) =>
        _thread.RunAsync(NamespaceNames.Validate(ns), NamespaceInspector.Inspect, cancellationToken);

    /// <summary>Carries out the action at <paramref name="i"/> (with the run of like ones after it, for namespaces); returns the index after.</summary>
    private async Task<int> ExecuteAtAsync(IReadOnlyList<DataPlaneAction> actions, int i, CancellationToken cancellationToken)
    {
        switch (actions[i])
        {
            case CreateNamespace:
                await _namespaces.CreateAsync(Run<CreateNamespace>(actions, ref i), cancellationToken);
                return i;
            case DeleteNamespace:
                await _namespaces.DeleteAsync(Run<DeleteNamespace>(actions, ref i), cancellationToken);
                return i;
            case IpCommands ip:
                await _ip.RunAsync(ip, cancellationToken);
                break;
            case SetSysctl sysctl:
                await SysctlWriter.WriteAsync(_thread, sysctl, cancellationToken);
                break;
            case NftScript nft:
                await RunNftAsync(nft, cancellationToken);
                break;
            case DeleteConntrack conntrack:
                await ConntrackDeleter.DeleteAsync(conntrack, cancellationToken);
                break;
            case AnnounceAddress announce:
                await _announcer.AnnounceAsync(announce, cancellationToken);
                break;
            default:
                throw new DataPlaneActionException(actions[i], "this executor does not know the action");
        }
        return i + 1;
    }

    private async Task RunNftAsync(NftScript action, CancellationToken cancellationToken)
    {
        string? error;
        try
        {
            error = await _thread.RunAsync(action.Namespace, scope => scope.Nft.Run(action.Script), cancellationToken);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            throw new DataPlaneActionException(action, e.Message);
        }
        if (error is not null)
            throw new DataPlaneActionException(action, $"nft: {error}");
    }

    /// <summary>The run of consecutive actions of one kind starting at <paramref name="i"/>, which moves past it.</summary>
    private static List<T> Run<T>(IReadOnlyList<DataPlaneAction> actions, ref int i)
        where T : DataPlaneAction
    {
        var run = new List<T>();
        while (i < actions.Count && actions[i] is T action)
        {
            run.Add(action);
            i++;
        }
        return run;
    }
}
