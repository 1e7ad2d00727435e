using SQLitePCL;

namespace OpenEip.Storage.Sqlite;

/// <summary>
/// Process-wide settings of the SQLite library, made before it opens its first connection: <c>sqlite3_config</c>
/// refuses them once the library is initialized, and the library then keeps its defaults, which are correct too, only
/// slower (a test process that opened a connection first, say).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Multi-thread mode instead of serialized: the library no longer locks a connection's mutex on every call it
/// takes (each bind, step and column read). That was about a tenth of the writer's time per Allocate (issue 12). It
/// holds because no connection of this process is ever used by two threads at once: the writer's connection by the
/// writer's thread alone; the readers' pooled connections by one store call at a time; the checkpointer and backups
/// by connections of their own. Every command is disposed where it is made, so the garbage collector never finalizes a
/// statement while another thread uses its connection.</item>
/// <item>No memory statistics: they take a global mutex on every allocation, and nothing here reads them.</item>
/// </list>
/// </remarks>
internal static class SqliteLibrary
{
    private static readonly Lazy<bool> s_configured = new(Configure);

    /// <summary>Configures the library on the first call; true when the settings above hold in this process.</summary>
    public static bool EnsureConfigured() => s_configured.Value;

    /// <summary>Throws the library's error for a result code of a native call other than OK and DONE.</summary>
    public static void Check(int rc, sqlite3 db)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE))
            Microsoft.Data.Sqlite.SqliteException.ThrowExceptionForRC(rc, db);
    }

    private static bool Configure()
    {
        Batteries_V2.Init();
        var threading = raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD);
        var statistics = raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
        return threading == raw.SQLITE_OK && statistics == raw.SQLITE_OK;
    }
}
