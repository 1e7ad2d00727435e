using Microsoft.Data.Sqlite;
using OpenEip.Core.Ports;
using OpenEip.Storage.Sqlite;

namespace OpenEip.Tests.StoreContract;

/// <summary>The SQLite side of a record contract: a database file of the test's own, in a folder removed at the end.</summary>
public sealed class SqliteContractStore : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("openeip-contract-").FullName;
    private SqliteStore? _store;

    public IStore Open(TimeProvider clock) => _store = new SqliteStore(new SqliteStoreOptions(Path.Combine(_directory, "openeip.db")), clock);

    public void Dispose()
    {
        _store?.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
