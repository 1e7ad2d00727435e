using System.Data.Common;
using Dapper;
using OpenEip.Core.Pools;

namespace OpenEip.Storage.Sql;

/// <summary>Pool use per region (<see cref="IPoolUseQuery"/>), counted in one statement over the pool table.</summary>
internal static class PoolUseSql
{
    public static async Task<IReadOnlyList<PoolUse>> DescribeAsync(DbConnection connection, DateTimeOffset recoverableSince, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<PoolUseRow>(new CommandDefinition(
            """
            SELECT region_id AS RegionId,
                   COUNT(*) AS Total,
                   COUNT(holder_allocation_id) AS Held,
                   COALESCE(SUM(CASE WHEN holder_allocation_id IS NULL AND released_at >= @since THEN 1 ELSE 0 END), 0) AS Recoverable
            FROM pool_addresses
            GROUP BY region_id
            ORDER BY region_id
            """,
            new { since = UnixTime.ToDb(recoverableSince) }, cancellationToken: cancellationToken));
        return rows.Select(r => new PoolUse(r.RegionId, (int)r.Total, (int)r.Held, (int)r.Recoverable)).ToList();
    }

    private sealed class PoolUseRow
    {
        public string RegionId { get; init; } = "";
        public long Total { get; init; }
        public long Held { get; init; }
        public long Recoverable { get; init; }
    }
}
