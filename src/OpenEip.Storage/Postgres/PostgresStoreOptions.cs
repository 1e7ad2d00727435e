namespace OpenEip.Storage.Postgres;

/// <param name="ConnectionString">An Npgsql connection string (<c>ConnectionStrings:OpenEip</c>).</param>
/// <param name="PruneIdempotencyEveryWrites">How many writes of this process pass between removals of expired ClientTokens.</param>
/// <param name="UnreachableFor">How long a call waits for an unreachable PostgreSQL (a restart, a failover) before it answers 503.</param>
public sealed record PostgresStoreOptions(string ConnectionString, int PruneIdempotencyEveryWrites = 1000, TimeSpan? UnreachableFor = null)
{
    public TimeSpan WaitWhileUnreachable => UnreachableFor ?? TimeSpan.FromSeconds(10);
}
