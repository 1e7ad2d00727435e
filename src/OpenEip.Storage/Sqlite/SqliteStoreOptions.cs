namespace OpenEip.Storage.Sqlite;

/// <param name="DatabasePath">The SQLite file (created with its folder if missing).</param>
public sealed record SqliteStoreOptions(string DatabasePath);
