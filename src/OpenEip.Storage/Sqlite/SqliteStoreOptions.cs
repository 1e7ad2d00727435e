namespace OpenEip.Storage.Sqlite;

public sealed record SqliteStoreOptions(string DatabasePath);
