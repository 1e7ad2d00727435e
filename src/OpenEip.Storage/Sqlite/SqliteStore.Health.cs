using Microsoft.Data.Sqlite;
using OpenEip.Core.Ports;

namespace OpenEip.Storage.Sqlite;

public sealed partial class SqliteStore : IStoreHealth
{
    /// <summary>
    /// Reachable when a read answers; writable unless the server started read-only on a full disk or the
    /// writes of this episode are failing (until one succeeds again). Nothing is written to find out: a small
    /// probe write can fit where a real one does not, and would report a full disk as healthy.
    /// </summary>
    public async Task<StoreHealth> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = Open();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellationToken);
        }
        catch (SqliteException e)
        {
            return new StoreHealth(false, false, SqliteFaults.Reason(e));
        }

        if (IsReadOnly)
            return new StoreHealth(true, false, SqliteWriteHealth.ReadOnlyReason);
        return _health.FailingReason is { } reason ? new StoreHealth(true, false, reason) : StoreHealth.Healthy;
    }
}
