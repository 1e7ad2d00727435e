using Dapper;
using Microsoft.Data.Sqlite;
using OpenEip.Storage.Sqlite;

namespace OpenEip.Tests.Storage;

/// <summary>A SQLite database as an older server left it: the migrations before a version, applied and recorded.</summary>
internal static class SqliteMigrationsBefore
{
    private const string Prefix = "OpenEip.Storage.Migrations.Sqlite.";

    /// <param name="version">The first migration not applied, such as <c>"0013"</c>.</param>
    /// <returns>The open connection, for the rows the older server would have written.</returns>
    public static SqliteConnection Create(string databasePath, string version)
    {
        var assembly = typeof(SqliteStore).Assembly;
        var connection = new SqliteConnection($"Data Source={databasePath}");
        connection.Open();
        connection.Execute("CREATE TABLE schema_migrations (version TEXT NOT NULL PRIMARY KEY, applied_at INTEGER NOT NULL)");
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var applied = resource[Prefix.Length..];
            if (string.CompareOrdinal(applied, version) >= 0)
                continue;
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            connection.Execute(reader.ReadToEnd());
            connection.Execute("INSERT INTO schema_migrations (version, applied_at) VALUES (@applied, 0)", new { applied });
        }

        return connection;
    }
}
