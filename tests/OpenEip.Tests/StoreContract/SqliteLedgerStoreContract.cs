using Microsoft.Data.Sqlite;
using OpenEip.Core.Ports;
using OpenEip.Storage.Sqlite;

namespace OpenEip.Tests.StoreContract;

/// <summary>The ledger contract on SQLite: two stores on one database file.</summary>
public sealed class SqliteLedgerStoreContract : LedgerStoreContract
{
    private readonly string _directory = Directory.CreateTempSubdirectory("openeip-ledger-").FullName;
    private readonly List<SqliteStore> _stores = [];

    protected override (IStore First, IStore Second) CreateStores(TimeProvider clock)
    {
        var path = Path.Combine(_directory, "openeip.db");
        _stores.Add(new SqliteStore(new SqliteStoreOptions(path), clock));
        _stores.Add(new SqliteStore(new SqliteStoreOptions(path), clock));
        return (_stores[0], _stores[1]);
    }

    protected override void DisposeStores()
    {
        foreach (var store in _stores)
            store.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
