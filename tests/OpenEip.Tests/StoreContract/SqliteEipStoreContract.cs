using Microsoft.Data.Sqlite;
using OpenEip.Core.Ports;
using OpenEip.Storage.Sqlite;

namespace OpenEip.Tests.StoreContract;

/// <summary>The EIP store contract on SQLite (a fresh database file per test).</summary>
public sealed class SqliteEipStoreContract : EipStoreContract
{
    private readonly string _directory = Directory.CreateTempSubdirectory("openeip-contract-").FullName;
    private SqliteStore? _store;

    protected override IStore CreateStore(TimeProvider clock) => _store = new SqliteStore(new SqliteStoreOptions(Path.Combine(_directory, "openeip.db")), clock);

    protected override void DisposeStore()
    {
        _store?.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
