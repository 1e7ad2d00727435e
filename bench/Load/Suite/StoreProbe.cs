using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace OpenEip.LoadBench.Suite;

/// <summary>
/// Reads the store directly (read-only: counts and the engine's version), so the page can say exactly how many EIPs and
/// pool addresses each figure was measured beside, including those the mutating runs left.
/// </summary>
public sealed class StoreProbe(StoreKind store, string connectionString)
{
    public static StoreProbe ForSqlite(string dataDir) =>
        new(StoreKind.Sqlite, new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataDir, "openeip.db"), Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());

    public Task<long> LiveEipsAsync() => CountAsync("SELECT COUNT(*) FROM eips WHERE released_time IS NULL");

    public Task<long> PoolAddressesAsync() => CountAsync("SELECT COUNT(*) FROM pool_addresses");

    public async Task<string> EngineAsync()
    {
        if (store == StoreKind.Sqlite)
            return $"SQLite {await ScalarAsync("SELECT sqlite_version()")} (Microsoft.Data.Sqlite's bundled library; WAL, synchronous=FULL as the server sets it)";
        return $"PostgreSQL {await ScalarAsync("SHOW server_version")} (fsync={await ScalarAsync("SHOW fsync")}, synchronous_commit={await ScalarAsync("SHOW synchronous_commit")}, "
            + $"shared_buffers={await ScalarAsync("SHOW shared_buffers")}), on this machine";
    }

    private async Task<long> CountAsync(string sql) => Convert.ToInt64(await ScalarAsync(sql), CultureInfo.InvariantCulture);

    private async Task<string> ScalarAsync(string sql)
    {
        await using DbConnection connection = store == StoreKind.Sqlite ? new SqliteConnection(connectionString) : new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) ?? "";
    }
}
