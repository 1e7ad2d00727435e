using OpenEip.Core.Ports;
using OpenEip.Tests.Postgres;

namespace OpenEip.Tests.StoreContract;

/// <summary>The NAT gateway and NAT entry store contract on PostgreSQL (a fresh database per test on the throwaway server; skipped without one).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresNatStoreContract(ThrowawayPostgres postgres) : NatStoreContract
{
    private readonly PostgresContractStore _store = new(postgres);

    protected override IStore CreateStore(TimeProvider clock) => _store.Open(clock);

    protected override void DisposeStore() => _store.Dispose();
}
