namespace OpenEip.Storage.Postgres;

/// <param name="ConnectionString">An Npgsql connection string (<c>ConnectionStrings:OpenEip</c>).</param>
/// <param name="PruneIdempotencyEveryWrites">How many writes of this process pass between removals of expired ClientTokens.</param>
/// <param name="UnreachableFor">
/// How long a call waits for an unreachable PostgreSQL (a restart, a failover) before it answers 503. Short: Alibaba's
/// SDKs give up on a connection that has answered nothing for 5 s (their default connect timeout), and a client should
/// read a clear 503 rather than a timeout of its own.
/// </param>
/// <param name="LiveNoncePageRows">How many nonces a start reads at a time (<see cref="PostgresStore.LiveNoncesAsync"/>).</param>
public sealed record PostgresStoreOptions(string ConnectionString, int PruneIdempotencyEveryWrites = 1000, TimeSpan? UnreachableFor = null, int LiveNoncePageRows = 20_000)
{
    public TimeSpan WaitWhileUnreachable => UnreachableFor ?? TimeSpan.FromSeconds(3);
}
