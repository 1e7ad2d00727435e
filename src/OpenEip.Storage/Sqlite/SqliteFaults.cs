using Microsoft.Data.Sqlite;

namespace OpenEip.Storage.Sqlite;

/// <summary>SQLite errors that mean "the store cannot be written now" rather than a bug.</summary>
internal static class SqliteFaults
{
    private const int Full = 13;   // SQLITE_FULL
    private const int IoError = 10; // SQLITE_IOERR and its extended codes (a write or the shared-memory file failed)

    public static bool IsWriteFault(SqliteException e) => e.SqliteErrorCode is Full or IoError;

    public static string Reason(SqliteException e) => e.SqliteErrorCode == Full
        ? "the disk holding the database is full."
        : $"the database cannot be written (SQLite I/O error {e.SqliteExtendedErrorCode}); the disk may be full or failing.";
}
