using Npgsql;
using OpenEip.Core.Ports;
using OpenEip.Storage.Postgres;
using OpenEip.Storage.Sqlite;

namespace OpenEip.Tests.Stores;

/// <summary>
/// The store the use-case and HTTP tests run on: an SQLite file in a temporary folder, or, when
/// <c>OPENEIP_TEST_POSTGRES</c> holds an Npgsql connection string without a Database (the README's test command
/// starts a throwaway PostgreSQL and runs the suite a second time with it), a fresh PostgreSQL database of its own,
/// dropped at the end. The same tests thus hold on both stores.
/// </summary>
public sealed class TestStore : IDisposable
{
    private readonly string _directory;
    private readonly string? _database;
    private readonly List<IDisposable> _opened = [];

    private TestStore(string directory, string? database)
    {
        _directory = directory;
        _database = database;
    }

    /// <summary>The PostgreSQL server of this run, or null: the tests run on SQLite.</summary>
    public static string? Postgres => Environment.GetEnvironmentVariable("OPENEIP_TEST_POSTGRES") is { Length: > 0 } value ? value : null;

    public static TestStore Create(string prefix)
    {
        var directory = Directory.CreateTempSubdirectory(prefix).FullName;
        if (Postgres is null)
            return new TestStore(directory, null);
        var database = $"openeip_test_{Guid.NewGuid():N}";
        Admin($"CREATE DATABASE {database} TEMPLATE {s_template.Value}");
        return new TestStore(directory, database);
    }

    /// <summary>
    /// A database migrated once per run, that each test's database copies: a copy takes a few milliseconds where
    /// migrating each one took a few hundred. Dropped when the test run ends.
    /// </summary>
    private static readonly Lazy<string> s_template = new(() =>
    {
        var template = $"openeip_template_{Environment.ProcessId}_{Guid.NewGuid():N}"[..40];
        Admin($"CREATE DATABASE {template}");
        using (var dataSource = NpgsqlDataSource.Create(ConnectionString(template)))
            PostgresMigrator.MigrateAsync(dataSource, TimeProvider.System, CancellationToken.None).GetAwaiter().GetResult();

        // CREATE DATABASE … TEMPLATE refuses a template anyone is connected to.
        NpgsqlConnection.ClearAllPools();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DropQuietly(template);
        return template;
    });

    /// <summary>A folder of the test's own (the data directory; the SQLite file lives there).</summary>
    public string DataDirectory => _directory;

    /// <summary>The settings that point a server at this store (<c>OpenEip:DataDir</c>, and on PostgreSQL the store and its connection string).</summary>
    public IEnumerable<KeyValuePair<string, string>> ServerSettings()
    {
        yield return new("OpenEip:DataDir", _directory);
        if (_database is null)
            yield break;
        yield return new("OpenEip:Store", "Postgres");
        yield return new("ConnectionStrings:OpenEip", ConnectionString(_database));
    }

    /// <summary>Opens the store (again: every call is a new store object on the same database, as after a restart).</summary>
    public IStore Open(TimeProvider clock)
    {
        IStore store = _database is null
            ? new SqliteStore(new SqliteStoreOptions(Path.Combine(_directory, "openeip.db")), clock)
            : new PostgresStore(new PostgresStoreOptions(ConnectionString(_database)), clock);
        _opened.Add((IDisposable)store);
        return store;
    }

    public void Dispose()
    {
        foreach (var store in _opened)
            store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_database is not null)
        {
            NpgsqlConnection.ClearAllPools();
            Admin($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
        }

        if (Directory.Exists(_directory))
            Directory.Delete(_directory, recursive: true);
    }

    private static string ConnectionString(string database) => $"{Postgres};Database={database}";

    private static void DropQuietly(string database)
    {
        try
        {
            Admin($"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
        catch (NpgsqlException)
        {
            // The server went first (the test command's throwaway one): nothing is left to drop.
        }
    }

    private static void Admin(string statement)
    {
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var command = new NpgsqlCommand(statement, connection);
        command.ExecuteNonQuery();
    }
}
