using SQLitePCL;

namespace OpenEip.Storage.Sqlite;

/// <summary>A statement compiled on SQLite's own interface and kept by <see cref="PreparedStatementConnection"/>.</summary>
internal interface ICompiledStatement : IDisposable
{
    /// <summary>Whether the statement was compiled on this connection (not on one since closed and opened again).</summary>
    bool IsOn(sqlite3? connection);
}
