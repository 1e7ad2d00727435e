using OpenEip.Core.Ports;

namespace OpenEip.Tests.StoreContract;

/// <summary>The account store contract on SQLite (a fresh database file per test).</summary>
public sealed class SqliteAccountStoreContract : AccountStoreContract
{
    private readonly SqliteContractStore _store = new();

    protected override IStore CreateStore(TimeProvider clock) => _store.Open(clock);

    protected override void DisposeStore() => _store.Dispose();
}
