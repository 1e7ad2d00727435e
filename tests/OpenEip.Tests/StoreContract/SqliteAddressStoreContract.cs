using OpenEip.Core.Ports;

namespace OpenEip.Tests.StoreContract;

/// <summary>The public address pool store contract on SQLite (a fresh database file per test).</summary>
public sealed class SqliteAddressStoreContract : AddressStoreContract
{
    private readonly SqliteContractStore _store = new();

    protected override IStore CreateStore(TimeProvider clock) => _store.Open(clock);

    protected override void DisposeStore() => _store.Dispose();
}
