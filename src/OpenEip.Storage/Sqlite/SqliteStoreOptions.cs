namespace OpenEip.Storage.Sqlite;

/// <param name="DatabasePath">The SQLite file (created with its folder if missing).</param>
/// <param name="WalRestartAfterFrames">
/// The log's size, in frames of a page, past which the writer finishes a checkpoint so that the log starts again from
/// its beginning (<see cref="SqliteCheckpointer"/>): 16,384 frames is 64 MiB of 4 KiB pages. Tests make it small.
/// </param>
public sealed record SqliteStoreOptions(string DatabasePath, int WalRestartAfterFrames = 16_384);
