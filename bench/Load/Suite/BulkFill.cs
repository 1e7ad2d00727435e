using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace OpenEip.LoadBench.Suite;

/// <summary>
/// The bulk fill for 100k and 1M EIPs, where allocating through the API would take hours (docs/performance-dataplane.md saw 57–63
/// allocations a second on the way to 100,000 before allocation stopped counting the account's EIPs). Run
/// with the server stopped, in one transaction, it writes what the API would have written:
/// <list type="bullet">
/// <item>an <c>eips</c> row per EIP, every column copied from a template EIP the account allocated through the API
/// (its resource group, charge types, bandwidth, ISP …), but for a new allocation id (<c>eip-</c> and 20 random
/// characters of the API's alphabet), the address, an empty name, and the allocation time (a second older per row, so
/// the API's own EIPs stay the newest);</item>
/// <item>the address held in <c>pool_addresses</c> (holder, last account, last allocation), taken in the API's
/// hand-out order: never-used addresses of the region by number, then the longest released.</item>
/// </list>
/// The account's counts in <c>eip_counts</c> (its quota and its Describe total) follow by the store's own triggers on
/// <c>eips</c>, as they do for the API's writes.
/// Not written: audit events, nonces and idempotency records (a ledger of calls that were never made). On PostgreSQL
/// the two tables are analysed afterwards, as autovacuum would do after such a load.
/// </summary>
public sealed class BulkFill(StoreKind store, string connectionString)
{
    public static BulkFill ForSqlite(string dataDir) =>
        new(StoreKind.Sqlite, new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataDir, "openeip.db"), Pooling = false }.ToString());

    public async Task<TimeSpan> FillAsync(string templateAllocationId, string region, long count)
    {
        var clock = Stopwatch.StartNew();
        await using (var connection = Open())
        {
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            var accountId = (string)(await Scalar(connection, transaction, "SELECT account_id FROM eips WHERE allocation_id = @template",
                ("template", templateAllocationId)) ?? throw new InvalidOperationException($"template EIP {templateAllocationId} not found"));

            var randomId = store == StoreKind.Sqlite
                ? "'eip-' || lower(hex(randomblob(10)))"
                : "'eip-' || substr(md5(random()::text || clock_timestamp()::text || n::text), 1, 20)";
            var rows = store == StoreKind.Sqlite ? "@count" : "CAST(@count AS BIGINT)";
            await Execute(connection, transaction,
                $"""
                CREATE TEMP TABLE bench_fill AS
                SELECT ip_address, {randomId} AS allocation_id, n
                FROM (SELECT ip_address, row_number() OVER (ORDER BY never_used DESC, released_at, ip_number) AS n
                      FROM (SELECT ip_address, ip_number, released_at, CASE WHEN released_at IS NULL THEN 1 ELSE 0 END AS never_used
                            FROM pool_addresses WHERE region_id = @region AND holder_allocation_id IS NULL
                            ORDER BY never_used DESC, released_at, ip_number LIMIT {rows}) free) numbered
                """, ("region", region), ("count", count));
            var made = Convert.ToInt64(await Scalar(connection, transaction, "SELECT COUNT(*) FROM bench_fill"), CultureInfo.InvariantCulture);
            if (made < count)
                throw new InvalidOperationException($"the pool of {region} has {made} free addresses; {count} are needed");
            await Execute(connection, transaction, "CREATE INDEX bench_fill_ip ON bench_fill (ip_address)");

            var columns = await ColumnsAsync(connection, transaction);
            var values = columns.Select(c => c switch
            {
                "allocation_id" => "f.allocation_id",
                "ip_address" => "f.ip_address",
                "name" => "''",
                "allocation_time" => "t.allocation_time - f.n * 1000",
                "idle_since" => "t.idle_since - f.n * 1000",
                "order_id" => "t.order_id + f.n",
                _ => "t." + c,
            });
            await Execute(connection, transaction,
                $"INSERT INTO eips ({string.Join(", ", columns)}) SELECT {string.Join(", ", values)} FROM bench_fill f CROSS JOIN (SELECT * FROM eips WHERE allocation_id = @template) t",
                ("template", templateAllocationId));
            await Execute(connection, transaction,
                """
                UPDATE pool_addresses SET holder_allocation_id = f.allocation_id, last_account_id = @account, last_allocation_id = f.allocation_id, released_at = NULL
                FROM bench_fill f WHERE pool_addresses.ip_address = f.ip_address
                """, ("account", accountId));
            await Execute(connection, transaction, "DROP TABLE bench_fill");
            await transaction.CommitAsync();
        }

        if (store == StoreKind.Postgres)
        {
            await using var connection = Open();
            await connection.OpenAsync();
            await Execute(connection, null, "VACUUM ANALYZE eips");
            await Execute(connection, null, "VACUUM ANALYZE pool_addresses");
        }

        return clock.Elapsed;
    }

    private DbConnection Open() => store == StoreKind.Sqlite ? new SqliteConnection(connectionString) : new NpgsqlConnection(connectionString);

    private async Task<List<string>> ColumnsAsync(DbConnection connection, DbTransaction transaction)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = store == StoreKind.Sqlite
            ? "SELECT name FROM pragma_table_info('eips') ORDER BY cid"
            : "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'eips' ORDER BY ordinal_position";
        var columns = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            columns.Add(reader.GetString(0));
        return columns;
    }

    private static async Task Execute(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> Scalar(DbConnection connection, DbTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteScalarAsync();
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
