using Npgsql;

namespace OpenEip.Storage.Postgres;

/// <summary>What a PostgreSQL failure means for the call that met it.</summary>
internal static class PostgresFaults
{
    /// <summary>
    /// Another transaction won a race the serializable isolation level detected (40001), or a deadlock was broken
    /// (40P01): nothing was written, and the whole transaction may run again on fresh data.
    /// </summary>
    public static bool IsConflict(Exception e) => e is PostgresException { SqlState: "40001" or "40P01" };

    /// <summary>
    /// A unique index refused a row another transaction committed after this one read (two allocations took the same
    /// free address): under SERIALIZABLE this is a lost race too, but PostgreSQL reports it as 23505 when the read was of
    /// another table. Running again reads the committed row. A real duplicate fails the same way every time, so the
    /// store runs it again only a few times.
    /// </summary>
    public static bool IsUniqueRace(Exception e) => e is PostgresException { SqlState: "23505" };

    /// <summary>
    /// The server cannot be used now: it is unreachable, restarting or shutting down (Npgsql calls these transient),
    /// or it is out of disk or connections (class 53). Not a bug in the statement.
    /// </summary>
    public static bool IsUnavailable(Exception e) =>
        e is NpgsqlException { IsTransient: true } && !IsConflict(e)
        || e is PostgresException p && p.SqlState.StartsWith("53", StringComparison.Ordinal)
        || e is NpgsqlException { InnerException: System.Net.Sockets.SocketException or IOException or TimeoutException };

    public static string Reason(Exception e) => e switch
    {
        PostgresException { SqlState: "53100" } => "the disk holding the PostgreSQL database is full.",
        PostgresException p => $"PostgreSQL refused the work ({p.SqlState}: {p.MessageText}).",
        _ => "PostgreSQL cannot be reached.",
    };
}
