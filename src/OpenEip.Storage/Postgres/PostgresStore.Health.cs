using OpenEip.Core.Ports;

namespace OpenEip.Storage.Postgres;

public sealed partial class PostgresStore : IStoreHealth
{
    /// <summary>Reachable and writable when PostgreSQL answers a query now; it is asked, not remembered.</summary>
    public async Task<StoreHealth> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT pg_is_in_recovery()";
            var standby = (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
            return standby ? new StoreHealth(true, false, "the PostgreSQL server is a read-only standby.") : StoreHealth.Healthy;
        }
        catch (Exception e) when (PostgresFaults.IsUnavailable(e))
        {
            return new StoreHealth(false, false, PostgresFaults.Reason(e));
        }
    }
}
