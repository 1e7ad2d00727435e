using OpenEip.Core.Ports;
using OpenEip.Tests.Postgres;

namespace OpenEip.Tests.StoreContract;

/// <summary>The public address pool store contract on PostgreSQL (a fresh database per test on the throwaway server; skipped without one).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresAddressStoreContract(ThrowawayPostgres postgres) : AddressStoreContract
{
    private readonly PostgresContractStore _store = new(postgres);

    protected override IStore CreateStore(TimeProvider clock) => _store.Open(clock);

    protected override void DisposeStore() => _store.Dispose();
}
