using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace OpenEip.Storage.Sqlite;

/// <summary>
/// The store's read connections, each kept open with its statements prepared (<see cref="PreparedStatementConnection"/>)
/// and lent to one read at a time.
/// </summary>
/// <remarks>
/// Microsoft.Data.Sqlite's own pool keeps a connection open, but not its statements: every read compiled each of its
/// statements again, and the connection's pragmas too, each time it was taken from the pool (issue 12). A read of an
/// EIP compiles a join of 43 columns. Here a connection is set up once, when it is opened, and compiles a statement the
/// first time it runs it.
/// <para>A connection is given back only after a read that ended well; one whose read failed is closed, so no state of
/// a failure (an interrupted statement, a transaction left open) reaches the next read. When the store's connection
/// string changes (read-only on a full disk, writable again), <see cref="Reset"/> closes the idle connections, and
/// those still lent are closed when they come back.</para>
/// </remarks>
internal sealed class SqliteReaders(Func<SqliteConnection> open) : IDisposable
{
    /// <summary>How many idle connections are kept; a burst beyond it opens more, closed after their read.</summary>
    public static readonly int MaxIdle = Math.Max(8, 4 * Environment.ProcessorCount);

    /// <summary>
    /// Statements each connection keeps prepared: the reads' usual ones. A Describe's filters make texts of their own,
    /// which would otherwise fill every connection's cache.
    /// </summary>
    public const int MaxStatementsEach = 128;

    private readonly ConcurrentStack<(PreparedStatementConnection Connection, int Generation)> _idle = new();
    private int _generation;
    private bool _disposed;

    /// <summary>A connection for one read; give it back with <see cref="Return"/>, or dispose it if the read failed.</summary>
    public (PreparedStatementConnection Connection, int Generation) Rent()
    {
        while (_idle.TryPop(out var idle))
        {
            if (idle.Generation == Volatile.Read(ref _generation))
                return idle;
            idle.Connection.Dispose();
        }

        return (new PreparedStatementConnection(open(), MaxStatementsEach), Volatile.Read(ref _generation));
    }

    public void Return((PreparedStatementConnection Connection, int Generation) lent)
    {
        if (Volatile.Read(ref _disposed) || lent.Generation != Volatile.Read(ref _generation) || _idle.Count >= MaxIdle)
        {
            lent.Connection.Dispose();
            return;
        }

        _idle.Push(lent);
        if (Volatile.Read(ref _disposed))
            Reset();
    }

    /// <summary>Closes the idle connections and retires the lent ones: they were opened with a connection string no longer the store's.</summary>
    public void Reset()
    {
        Interlocked.Increment(ref _generation);
        while (_idle.TryPop(out var idle))
            idle.Connection.Dispose();
    }

    public void Dispose()
    {
        Volatile.Write(ref _disposed, true);
        Reset();
    }
}
