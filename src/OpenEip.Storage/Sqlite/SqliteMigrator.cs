using Dapper;
using Microsoft.Data.Sqlite;

namespace OpenEip.Storage.Sqlite;

/// <summary>Applies the embedded migrations in order, each in its own transaction, once.</summary>
internal static class SqliteMigrator
{
    private const string ResourcePrefix = "OpenEip.Storage.Migrations.Sqlite.";

    public static void Migrate(SqliteConnection connection, TimeProvider clock)
    {
        connection.Execute("CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT NOT NULL PRIMARY KEY, applied_at INTEGER NOT NULL)");
        var applied = connection.Query<string>("SELECT version FROM schema_migrations").ToHashSet(StringComparer.Ordinal);
        var assembly = typeof(SqliteMigrator).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

        foreach (var resource in migrations)
        {
            var version = resource[ResourcePrefix.Length..];
            if (applied.Contains(version))
                continue;
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            var sql = reader.ReadToEnd();
            using var transaction = connection.BeginTransaction();
            connection.Execute(sql, transaction: transaction);
            connection.Execute(
                "INSERT INTO schema_migrations (version, applied_at) VALUES (@version, @now)",
                new { version, now = clock.GetUtcNow().ToUnixTimeMilliseconds() },
                transaction);
            transaction.Commit();
        }
    }
}
