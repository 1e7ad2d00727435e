namespace OpenEip.Storage.Sqlite;

/// <param name="DatabasePath">The SQLite file (created with its folder if missing).</param>
/// <param name="PruneIdempotencyEveryWrites">How many writes pass between removals of expired ClientTokens.</param>
public sealed record SqliteStoreOptions(string DatabasePath, int PruneIdempotencyEveryWrites = 1000);
