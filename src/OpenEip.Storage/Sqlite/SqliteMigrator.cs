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
        var assembly = typeof(SqliteMigrator).Assembly;
        foreach (var resource in Pending(connection))
        {
            var version = resource[ResourcePrefix.Length..];
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

    /// <summary>Whether migrations are waiting (read-only: a server on a full disk cannot apply them).</summary>
    public static bool HasPending(SqliteConnection connection)
    {
        var exists = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'") > 0;
        return !exists || Pending(connection).Any();
    }

    private static IEnumerable<string> Pending(SqliteConnection connection)
    {
        var applied = connection.Query<string>("SELECT version FROM schema_migrations").ToHashSet(StringComparer.Ordinal);
        return typeof(SqliteMigrator).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && !applied.Contains(n[ResourcePrefix.Length..]))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
