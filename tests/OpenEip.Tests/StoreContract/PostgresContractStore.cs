using System.Runtime.CompilerServices;
using Npgsql;
using OpenEip.Core.Ports;
using OpenEip.Storage.Postgres;
using OpenEip.Tests.Postgres;

namespace OpenEip.Tests.StoreContract;

/// <summary>
/// The PostgreSQL side of a record contract: a database of the test's own on the throwaway server (skipped without
/// one), created as docs/operations.md tells an operator to (<c>LC_COLLATE 'C'</c>, so text sorts by bytes as on
/// SQLite) whatever locale the test machine gave the server. Each is a copy of one database migrated once per server,
/// which takes milliseconds where migrating each took a few hundred.
/// </summary>
public sealed class PostgresContractStore(ThrowawayPostgres postgres) : IDisposable
{
    /// <summary>Per throwaway server: how to reach it, and its migrated template.</summary>
    private static readonly ConditionalWeakTable<ThrowawayPostgres, Lazy<(NpgsqlConnectionStringBuilder Server, string Template)>> s_servers = [];
    private PostgresStore? _store;

    public IStore Open(TimeProvider clock)
    {
        Skip.If(ThrowawayPostgres.SkipReason is not null, ThrowawayPostgres.SkipReason);
        var (server, template) = s_servers.GetValue(postgres, p => new(() => Prepare(p))).Value;
        var database = $"contract_{Guid.NewGuid():N}";
        Admin(server, $"CREATE DATABASE {database} TEMPLATE {template}");
        return _store = new PostgresStore(new PostgresStoreOptions(On(server, database)), clock);
    }

    public void Dispose() => _store?.Dispose();

    private static (NpgsqlConnectionStringBuilder Server, string Template) Prepare(ThrowawayPostgres postgres)
    {
        var server = new NpgsqlConnectionStringBuilder(postgres.NewConnectionStringAsync().GetAwaiter().GetResult());
        var template = $"contract_template_{Guid.NewGuid():N}";
        Admin(server, $"CREATE DATABASE {template} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
        using (var dataSource = NpgsqlDataSource.Create(On(server, template)))
            PostgresMigrator.MigrateAsync(dataSource, TimeProvider.System, CancellationToken.None).GetAwaiter().GetResult();

        // CREATE DATABASE … TEMPLATE refuses a template anyone is connected to.
        NpgsqlConnection.ClearAllPools();
        return (server, template);
    }

    private static string On(NpgsqlConnectionStringBuilder server, string database) =>
        new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = database }.ConnectionString;

    private static void Admin(NpgsqlConnectionStringBuilder server, string statement)
    {
        using var connection = new NpgsqlConnection(On(server, "postgres"));
        connection.Open();
        using var command = new NpgsqlCommand(statement, connection);
        command.ExecuteNonQuery();
    }
}
