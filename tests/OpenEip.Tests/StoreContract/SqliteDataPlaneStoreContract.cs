using OpenEip.Core.Ports;

namespace OpenEip.Tests.StoreContract;

/// <summary>The data plane (desired state and pending EIPs) store contract on SQLite (a fresh database file per test).</summary>
public sealed class SqliteDataPlaneStoreContract : DataPlaneStoreContract
{
    private readonly SqliteContractStore _store = new();

    protected override IStore CreateStore(TimeProvider clock) => _store.Open(clock);

    protected override void DisposeStore() => _store.Dispose();
}
