using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using OpenEip.Storage.Postgres;
using OpenEip.Storage.Sqlite;

namespace OpenEip.Tests.Postgres;

/// <summary>
/// The PostgreSQL migrations (issue 11): they apply to an empty database, once, even when several servers start
/// together, and they build the same tables and columns as the SQLite migrations, so the two stores share one
/// schema to implement the same contract over.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresMigratorTests(ThrowawayPostgres postgres)
{
    /// <summary>Columns only PostgreSQL has, each for a SQLite feature it lacks: the audit trail's order uses SQLite's rowid.</summary>
    private static readonly HashSet<(string Table, string Column)> s_postgresOnly = [("audit_events", "seq")];

    /// <summary>Tables only SQLite has: every spent nonce, appended on SQLite; PostgreSQL keys them in request_nonces, and the move merges them there.</summary>
    private static readonly HashSet<string> s_sqliteOnly = ["spent_nonces"];

    /// <summary>Columns only SQLite has: the number SQLite's writer finds an appended ClientToken by (0021_idempotency_appended.sql).</summary>
    private static readonly HashSet<(string Table, string Column)> s_sqliteOnlyColumns = [("idempotency", "id")];

    /// <summary>Tables only PostgreSQL has: the keyed nonces, which several hosts' servers check in the database.</summary>
    private static readonly HashSet<string> s_postgresOnlyTables = ["request_nonces"];

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));

    [PostgresFact]
    public async Task An_empty_database_gets_every_migration_and_the_same_tables_and_columns_as_sqlite()
    {
        await using var database = await postgres.NewDatabaseAsync();

        var applied = await PostgresMigrator.MigrateAsync(database, _clock, CancellationToken.None);

        Assert.Equal(PostgresMigrator.Resources().Count, applied.Count);
        Assert.NotEmpty(applied);
        await using var connection = await database.OpenConnectionAsync();
        var postgresColumns = (await connection.QueryAsync<(string Table, string Column)>(
                "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'schema_migrations'"))
            .Where(c => !s_postgresOnly.Contains(c) && !s_postgresOnlyTables.Contains(c.Table))
            .ToLookup(c => c.Table, c => c.Column);
        var sqliteColumns = SqliteColumns().Where(t => !s_sqliteOnly.Contains(t.Key))
            .ToDictionary(t => t.Key, t => t.Value.Where(c => !s_sqliteOnlyColumns.Contains((t.Key, c))).ToList());
        Assert.Equal(sqliteColumns.Keys.Order(), postgresColumns.Select(g => g.Key).Order());
        foreach (var (table, columns) in sqliteColumns)
            Assert.True(columns.Order().SequenceEqual(postgresColumns[table].Order()), $"{table}: SQLite has {string.Join(", ", columns.Order())}; PostgreSQL has {string.Join(", ", postgresColumns[table].Order())}");
    }

    [PostgresFact]
    public async Task On_a_database_with_a_language_collation_text_still_sorts_byte_by_byte_as_on_sqlite()
    {
        // ICU's en-US, the default of many managed PostgreSQL services, puts "a" before "B"; SQLite puts "B" first.
        await using var database = await postgres.NewDatabaseAsync("TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.utf8'");
        await PostgresMigrator.MigrateAsync(database, _clock, CancellationToken.None);
        await using var connection = await database.OpenConnectionAsync();

        await connection.ExecuteAsync("INSERT INTO settings (name, value) VALUES ('a-setting', '1'), ('B-setting', '2'), ('_setting', '3')");
        var order = await connection.QueryAsync<string>("SELECT name FROM settings ORDER BY name");
        var notC = await connection.QueryAsync<string>(
            "SELECT table_name || '.' || column_name FROM information_schema.columns WHERE table_schema = 'public' AND data_type = 'text' AND collation_name IS DISTINCT FROM 'C'");

        Assert.Equal(["B-setting", "_setting", "a-setting"], order);
        Assert.Empty(notC);
    }

    [PostgresFact]
    public async Task Migrating_an_up_to_date_database_applies_nothing()
    {
        await using var database = await postgres.NewDatabaseAsync();
        await PostgresMigrator.MigrateAsync(database, _clock, CancellationToken.None);

        var again = await PostgresMigrator.MigrateAsync(database, _clock, CancellationToken.None);

        Assert.Empty(again);
    }

    [PostgresFact]
    public async Task Servers_starting_together_apply_each_migration_exactly_once()
    {
        await using var database = await postgres.NewDatabaseAsync();

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => PostgresMigrator.MigrateAsync(database, _clock, CancellationToken.None))));

        Assert.Equal(PostgresMigrator.Resources().Count, runs.Sum(r => r.Count));
        await using var connection = await database.OpenConnectionAsync();
        Assert.Equal(PostgresMigrator.Resources().Count, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM schema_migrations"));
    }

    /// <summary>The tables and columns a freshly migrated SQLite store has (its bookkeeping tables left out).</summary>
    private Dictionary<string, List<string>> SqliteColumns()
    {
        var directory = Directory.CreateTempSubdirectory("openeip-schema-").FullName;
        try
        {
            var path = Path.Combine(directory, "openeip.db");
            using (new SqliteStore(new SqliteStoreOptions(path), _clock))
            {
            }

            using var connection = new SqliteConnection($"Data Source={path};Pooling=false");
            connection.Open();
            var tables = connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations'").ToList();
            return tables.ToDictionary(t => t, t => connection.Query<string>($"SELECT name FROM pragma_table_info('{t}')").ToList());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}
