using OpenEip.Core;
using OpenEip.Core.DataPlane;
using OpenEip.Core.Ports;
using OpenEip.Server.Configuration;

namespace OpenEip.Server.DataPlane;

/// <summary>
/// Runs reconcile passes for the life of the server: after every change it is told about, when the next
/// pending change falls due, and every resync interval regardless (work another server wrote, or a pass
/// that failed). For a driver that builds networks, each pass also brings the networks up to date (after
/// the EIP changes, <see cref="Reconciler.PassAsync"/>), and a full resync runs at start and every
/// <c>OpenEip:DataPlane:FullResyncInterval</c>. A failed pass is
/// logged and retried; it never stops the loop. Several servers on one store take turns: only the holder of the
/// <see cref="Lease"/> reconciles, and the others check every resync interval whether it has passed to them.
/// </summary>
public sealed partial class ReconcilerService(
    Reconciler reconciler, ReconcileSignal signal, IWorkLeases leases, DataPlaneOptions options, TimeProvider clock, ILogger<ReconcilerService> logger)
    : BackgroundService
{
    public const string Lease = "reconciler";

    private static readonly Task NeverWoken = new TaskCompletionSource().Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var nextFullResync = clock.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            var woken = signal.Current;
            var wait = options.ResyncInterval;
            try
            {
                DateTimeOffset? next = null;
                if (!await leases.HoldsAsync(Lease, stoppingToken))
                {
                    // Another server reconciles. Try again after a resync interval, not on every change the store
                    // reports; after taking the lease, start with a full resync.
                    woken = NeverWoken;
                    nextFullResync = clock.GetUtcNow();
                }
                else if (reconciler.BuildsNetworks && clock.GetUtcNow() >= nextFullResync)
                {
                    await reconciler.ResyncAsync(stoppingToken);
                    nextFullResync = clock.GetUtcNow() + options.FullResyncInterval;
                    next = await reconciler.RunOnceAsync(stoppingToken);
                }
                else
                {
                    next = await reconciler.PassAsync(stoppingToken);
                }

                if (next is { } due)
                    wait = TimeSpan.FromTicks(Math.Clamp((due - clock.GetUtcNow()).Ticks, 0, options.ResyncInterval.Ticks));
            }
            catch (StoreUnavailableException)
            {
                // The store logs the episode (a full disk); the pass is retried at the next interval.
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogPassFailed(ex);
            }

            try
            {
                await woken.WaitAsync(wait, clock, stoppingToken);
            }
            catch (TimeoutException)
            {
                // Time for the next pass anyway.
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(EventId = LogEventIds.ReconcilePassFailed, Level = LogLevel.Error, Message = "A reconcile pass failed; retrying.")]
    private partial void LogPassFailed(Exception exception);
}
