using Dapper;
using Microsoft.Data.Sqlite;

namespace OpenEip.Storage.Sqlite;

/// <summary>
/// The server's <c>migrate</c> command on SQLite: applies the pending migrations to the database as a starting server
/// would, and says which. Unlike the store, it does not fall back to reading only when the disk is full: the
/// operator asked for the migrations, so a failure is theirs to see.
/// </summary>
public static class SqliteSchemaMigration
{
    /// <returns>The versions applied (empty when the database was up to date).</returns>
    public static IReadOnlyList<string> Apply(string databasePath, TimeProvider clock)
    {
        var path = Path.GetFullPath(databasePath);
        SqliteFiles.Prepare(path);
        try
        {
            using var connection = new SqliteConnection(SqliteFiles.ConnectionString(path, readOnly: false));
            connection.Open();
            connection.Execute("PRAGMA journal_mode=WAL;");
            var before = Applied(connection);
            SqliteMigrator.Migrate(connection, clock);
            return Applied(connection).Except(before).Order(StringComparer.Ordinal).ToList();
        }
        finally
        {
            // Closing the last connection checkpoints the log and removes the -wal and -shm files.
            SqliteConnection.ClearAllPools();
            SqliteFiles.MakePrivate(path);
        }
    }

    /// <summary>All the versions the database records (none before its first migration).</summary>
    private static List<string> Applied(SqliteConnection connection) =>
        connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'") > 0
            ? connection.Query<string>("SELECT version FROM schema_migrations").ToList()
            : [];
}
