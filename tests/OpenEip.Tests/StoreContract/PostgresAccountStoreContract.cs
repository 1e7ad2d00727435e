using OpenEip.Core.Ports;
using OpenEip.Tests.Postgres;

namespace OpenEip.Tests.StoreContract;

/// <summary>The account store contract on PostgreSQL (a fresh database per test on the throwaway server; skipped without one).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresAccountStoreContract(ThrowawayPostgres postgres) : AccountStoreContract
{
    private readonly PostgresContractStore _store = new(postgres);

    protected override IStore CreateStore(TimeProvider clock) => _store.Open(clock);

    protected override void DisposeStore() => _store.Dispose();
}
