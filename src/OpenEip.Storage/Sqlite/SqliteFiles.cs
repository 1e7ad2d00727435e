using Microsoft.Data.Sqlite;

namespace OpenEip.Storage.Sqlite;

/// <summary>The database's files: private to the owner, and how to open them (normally, or read-only on a full disk).</summary>
internal static class SqliteFiles
{
    /// <summary>Creates the folder (0700) and an empty database file (0600) if missing, so SQLite's -wal and -shm files inherit 0600.</summary>
    public static void Prepare(string path)
    {
        FilePermissions.CreatePrivateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            FilePermissions.CreatePrivateFile(path);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Created by another process in the meantime.
        }

        MakePrivate(path);
    }

    /// <summary>Tightens the database and its companion files (databases created before this rule were 0644).</summary>
    public static void MakePrivate(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
            FilePermissions.MakePrivate(file);
    }

    public static string ConnectionString(string path, bool readOnly) => readOnly
        // immutable: no locks and no shared-memory file, which a full disk may not have room for.
        ? new SqliteConnectionStringBuilder { DataSource = $"file:{path}?immutable=1", Mode = SqliteOpenMode.ReadOnly, Pooling = true }.ToString()
        : new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = 30 }.ToString();

    /// <summary>An immutable read sees only the database file: safe when no write-ahead log holds changes beyond it.</summary>
    public static bool CanOpenImmutable(string path)
    {
        var wal = new FileInfo(path + "-wal");
        return !wal.Exists || wal.Length == 0;
    }
}
