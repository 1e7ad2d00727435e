using OpenEip.Core.Ports;

namespace OpenEip.Tests.StoreContract;

/// <summary>The settings store contract on SQLite (a fresh database file per test).</summary>
public sealed class SqliteSettingStoreContract : SettingStoreContract
{
    private readonly SqliteContractStore _store = new();

    protected override IStore CreateStore(TimeProvider clock) => _store.Open(clock);

    protected override void DisposeStore() => _store.Dispose();
}
