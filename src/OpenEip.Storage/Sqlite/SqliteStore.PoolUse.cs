using OpenEip.Core.Pools;
using OpenEip.Storage.Sql;

namespace OpenEip.Storage.Sqlite;

public sealed partial class SqliteStore : IPoolUseQuery
{
    public async Task<IReadOnlyList<PoolUse>> DescribePoolUseAsync(DateTimeOffset recoverableSince, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        return await PoolUseSql.DescribeAsync(connection, recoverableSince, cancellationToken);
    }
}
