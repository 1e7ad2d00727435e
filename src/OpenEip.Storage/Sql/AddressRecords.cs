using System.Data.Common;
using System.Net;
using Dapper;
using OpenEip.Core.Pools;
using OpenEip.Core.Ports;

namespace OpenEip.Storage.Sql;

internal sealed class AddressRecords(SqlCommands db) : IAddressRecords
{
    /// <summary>In the order <see cref="Read"/> takes them.</summary>
    private const string Columns = "ip_address, region_id, holder_allocation_id, last_account_id, last_allocation_id, released_at";

    public async Task<int> AddToPoolAsync(string regionId, IEnumerable<string> ipAddresses)
    {
        if (db.Connection is Npgsql.NpgsqlConnection)
        {
            // One statement for the whole range: a start fills tens of thousands of addresses, and a round trip each
            // would take seconds over a network.
            var ips = ipAddresses.ToArray();
            return await db.ExecuteAsync(
                "INSERT INTO pool_addresses (ip_address, ip_number, region_id) SELECT ip, number, @regionId FROM unnest(@ips, @numbers) AS a(ip, number) ON CONFLICT (ip_address) DO NOTHING",
                new { ips, numbers = ips.Select(NumberOf).ToArray(), regionId });
        }

        var added = 0;
        foreach (var ip in ipAddresses)
        {
            added += await db.ExecuteAsync(
                "INSERT INTO pool_addresses (ip_address, ip_number, region_id) VALUES (@ip, @number, @regionId) ON CONFLICT (ip_address) DO NOTHING",
                new { ip, number = NumberOf(ip), regionId });
        }

        return added;
    }

    // Addresses are written as IPAddress.ToString() writes them (dotted, no leading zeros), computed in SQL from the numbers
    // a recursive CTE (SQLite) or generate_series (PostgreSQL) counts out.
    public async Task<int> AddRangeToPoolAsync(string regionId, AddressRange range)
    {
        var parameters = new { first = (long)range.First, last = (long)range.Last, regionId };
        var present = await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM pool_addresses WHERE ip_number BETWEEN @first AND @last", parameters);
        if (present == range.Count)
            return 0;
        return await db.ExecuteAsync(
            db.Connection is Npgsql.NpgsqlConnection
                ? """
                  INSERT INTO pool_addresses (ip_address, ip_number, region_id)
                  SELECT (x >> 24)::text || '.' || ((x >> 16) & 255)::text || '.' || ((x >> 8) & 255)::text || '.' || (x & 255)::text, x, @regionId
                  FROM generate_series(@first::bigint, @last::bigint) AS x
                  ON CONFLICT (ip_address) DO NOTHING
                  """
                : """
                  WITH RECURSIVE n(x) AS (SELECT @first UNION ALL SELECT x + 1 FROM n WHERE x < @last)
                  INSERT INTO pool_addresses (ip_address, ip_number, region_id)
                  SELECT (x >> 24) || '.' || ((x >> 16) & 255) || '.' || ((x >> 8) & 255) || '.' || (x & 255), x, @regionId FROM n WHERE true
                  ON CONFLICT (ip_address) DO NOTHING
                  """,
            parameters);
    }

    // The quarantine order (R-LIFE-6) is spelled out: never-used (released_at NULL) before any released one, then the
    // longest-released. A bare ORDER BY released_at would leave it to the engine: SQLite sorts NULLs first, PostgreSQL
    // last, which would hand out a still-recoverable address before a never-used one. Two queries rather than
    // ORDER BY released_at IS NOT NULL: each walks ix_pool_addresses_free in order and stops at the first row, where the
    // expression would sort every free address of the region on each allocation. The first query orders by the
    // (all-NULL) released_at too, so that its ORDER BY is the index's own: PostgreSQL otherwise scanned and sorted the
    // pool (49 ms on 285k addresses, against 0.4 ms).
    public async Task<PoolAddress?> FindFreeAsync(string regionId) =>
        (await db.QueryRowsAsync(
            $"SELECT {Columns} FROM pool_addresses WHERE region_id = @regionId AND holder_allocation_id IS NULL AND released_at IS NULL ORDER BY released_at, ip_number LIMIT 1",
            new { regionId }, Read)).FirstOrDefault()
        ?? (await db.QueryRowsAsync(
            $"SELECT {Columns} FROM pool_addresses WHERE region_id = @regionId AND holder_allocation_id IS NULL AND released_at IS NOT NULL ORDER BY released_at, ip_number LIMIT 1",
            new { regionId }, Read)).FirstOrDefault();

    public async Task<PoolAddress?> FindAsync(string ipAddress) =>
        (await db.QueryRowsAsync($"SELECT {Columns} FROM pool_addresses WHERE ip_address = @ipAddress", new { ipAddress }, Read)).SingleOrDefault();

    public async Task HoldAsync(string ipAddress, string allocationId, string accountId)
    {
        var updated = await db.ExecuteAsync(
            "UPDATE pool_addresses SET holder_allocation_id = @allocationId, last_account_id = @accountId, last_allocation_id = @allocationId, released_at = NULL WHERE ip_address = @ipAddress AND holder_allocation_id IS NULL",
            new { ipAddress, allocationId, accountId });
        if (updated != 1)
            throw new InvalidOperationException($"Address {ipAddress} is not a free pool address.");
    }

    public Task ReleaseAsync(string ipAddress, DateTimeOffset releasedTime) =>
        db.ExecuteAsync(
            "UPDATE pool_addresses SET holder_allocation_id = NULL, released_at = @releasedAt WHERE ip_address = @ipAddress",
            new { ipAddress, releasedAt = UnixTime.ToDb(releasedTime) });

    private static long NumberOf(string ip)
    {
        var bytes = IPAddress.Parse(ip).GetAddressBytes();
        return bytes.Length == 4 ? ((long)bytes[0] << 24) | ((long)bytes[1] << 16) | ((long)bytes[2] << 8) | bytes[3] : 0;
    }

    /// <summary>
    /// The address of the reader's current row (<see cref="Columns"/>), by column position: every Allocate reads one on
    /// the writer, and Dapper's mapping hashed the result's column names first (issue 12, as <see cref="EipRow"/>).
    /// </summary>
    private static PoolAddress Read(DbDataReader row) => new(
        row.GetString(0), row.GetString(1), NullableString(row, 2), NullableString(row, 3), NullableString(row, 4),
        row.IsDBNull(5) ? null : UnixTime.FromDb(row.GetInt64(5)));

    private static string? NullableString(DbDataReader row, int column) => row.IsDBNull(column) ? null : row.GetString(column);
}
