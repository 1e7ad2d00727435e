using OpenEip.Storage.Postgres;

namespace OpenEip.Server.DataPlane;

/// <summary>Several servers on one PostgreSQL database: a change committed by any of them wakes this server's reconciler.</summary>
public sealed class StoreChangeListener(PostgresChangeFeed feed, ReconcileSignal signal) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => feed.ListenAsync(signal.Notify, stoppingToken);
}
