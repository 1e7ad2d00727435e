using Microsoft.Data.Sqlite;

namespace OpenEip.Storage.Sqlite;

/// <summary>
/// An online backup of the database: SQLite's backup API copies a consistent snapshot (the write-ahead log
/// included) while servers keep reading and writing. The copy is written beside the target under a temporary
/// name, made private (0600, it holds sealed secrets and the audit trail), checked, then renamed into place, so
/// a failed backup never leaves a half-written file under the name asked for.
/// </summary>
public static class SqliteBackup
{
    /// <returns>The number of EIPs in the copy (a sanity figure to print).</returns>
    public static long Run(string databasePath, string targetPath)
    {
        if (!File.Exists(databasePath))
            throw new FileNotFoundException($"There is no database at {databasePath} (OpenEip:DataDir).", databasePath);
        var target = Path.GetFullPath(targetPath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = target + ".partial";
        File.Delete(temporary);
        FilePermissions.CreatePrivateFile(temporary);
        try
        {
            using (var source = new SqliteConnection(SqliteFiles.ConnectionString(databasePath, readOnly: false)))
            using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temporary, Pooling = false }.ToString()))
            {
                source.Open();
                copy.Open();
                source.BackupDatabase(copy);
                // A file of its own: no write-ahead log to carry along.
                using (var journal = copy.CreateCommand())
                {
                    journal.CommandText = "PRAGMA journal_mode=DELETE";
                    journal.ExecuteNonQuery();
                }

                using var check = copy.CreateCommand();
                check.CommandText = "PRAGMA integrity_check";
                if (check.ExecuteScalar() is not "ok" and var verdict)
                    throw new InvalidOperationException($"The backup failed its integrity check: {verdict}.");
            }

            long eips;
            using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temporary, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
            {
                copy.Open();
                using var count = copy.CreateCommand();
                count.CommandText = "SELECT COUNT(*) FROM eips WHERE released_time IS NULL";
                eips = (long)count.ExecuteScalar()!;
            }

            File.Move(temporary, target, overwrite: true);
            return eips;
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
