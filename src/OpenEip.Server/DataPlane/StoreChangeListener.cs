using OpenEip.Storage.Postgres;

namespace OpenEip.Server.DataPlane;

/// <summary>
/// Several servers on one PostgreSQL database: a change committed by any of them wakes this server's reconciler, and a
/// change to the AccessKeys empties its credential cache.
/// </summary>
public sealed class StoreChangeListener(PostgresChangeFeed feed, PostgresStore store, ReconcileSignal signal) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        feed.ListenAsync(
            payload =>
            {
                store.HeardOfChange(payload);
                signal.Notify();
            },
            stoppingToken);
}
