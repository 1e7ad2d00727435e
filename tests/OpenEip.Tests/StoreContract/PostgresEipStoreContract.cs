using OpenEip.Core.Ports;
using OpenEip.Storage.Postgres;
using OpenEip.Tests.Postgres;

namespace OpenEip.Tests.StoreContract;

/// <summary>The EIP store contract on PostgreSQL (a fresh database per test on the throwaway server; skipped without one).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresEipStoreContract(ThrowawayPostgres postgres) : EipStoreContract
{
    private PostgresStore? _store;

    protected override IStore CreateStore(TimeProvider clock)
    {
        Skip.If(ThrowawayPostgres.SkipReason is not null, ThrowawayPostgres.SkipReason);
        return _store = new PostgresStore(new PostgresStoreOptions(postgres.NewConnectionStringAsync().GetAwaiter().GetResult()), clock);
    }

    protected override void DisposeStore() => _store?.Dispose();
}
