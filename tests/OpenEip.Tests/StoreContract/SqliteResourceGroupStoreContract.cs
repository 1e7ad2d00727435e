using OpenEip.Core.Ports;

namespace OpenEip.Tests.StoreContract;

/// <summary>The resource group store contract on SQLite (a fresh database file per test).</summary>
public sealed class SqliteResourceGroupStoreContract : ResourceGroupStoreContract
{
    private readonly SqliteContractStore _store = new();

    protected override IStore CreateStore(TimeProvider clock) => _store.Open(clock);

    protected override void DisposeStore() => _store.Dispose();
}
