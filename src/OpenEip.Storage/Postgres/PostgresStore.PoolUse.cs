using OpenEip.Core.Pools;
using OpenEip.Storage.Sql;

namespace OpenEip.Storage.Postgres;

public sealed partial class PostgresStore : IPoolUseQuery
{
    public Task<IReadOnlyList<PoolUse>> DescribePoolUseAsync(DateTimeOffset recoverableSince, CancellationToken cancellationToken) =>
        WithConnectionAsync(connection => PoolUseSql.DescribeAsync(connection, recoverableSince, cancellationToken), cancellationToken);
}
