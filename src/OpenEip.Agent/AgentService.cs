using OpenEip.Core;
using OpenEip.Core.DataPlane;

namespace OpenEip.Agent;

/// <summary>
/// The agent's loop: a full resync at start and every FullResyncInterval, networks every NetworkInterval,
/// and in between the EIP changes as the server reports them (its long poll paces the loop). A failed
/// pass (the server unreachable, an action refused) is logged and retried after a second.
/// </summary>
public sealed partial class AgentService(Reconciler reconciler, AgentOptions options, TimeProvider clock, ILogger<AgentService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var nextFull = clock.GetUtcNow();
        var nextNetworks = clock.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var now = clock.GetUtcNow();
                if (now >= nextFull)
                {
                    await reconciler.ResyncAsync(stoppingToken);
                    nextFull = clock.GetUtcNow() + options.FullResyncInterval;
                    nextNetworks = clock.GetUtcNow() + options.NetworkInterval;
                }
                else if (now >= nextNetworks)
                {
                    await reconciler.ApplyNetworksAsync(stoppingToken);
                    nextNetworks = clock.GetUtcNow() + options.NetworkInterval;
                }

                await reconciler.RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogPassFailed(logger, ex);
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(EventId = LogEventIds.ReconcilePassFailed, Level = LogLevel.Error, Message = "An agent pass failed; retrying.")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
