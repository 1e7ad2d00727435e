using Dapper;
using Npgsql;

namespace OpenEip.Storage.Postgres;

/// <summary>
/// A turn to write, held on one connection across all servers: a session advisory lock on a key (an account, or
/// <see cref="Contended"/>), taken before the transaction begins, so that its snapshot sees the writes of the turn
/// before, and given back after it ends. If the process dies, PostgreSQL ends the session and the turn passes on.
/// </summary>
internal sealed class WriteTurn : IAsyncDisposable
{
    /// <summary>The key of the turn that writes which lost a race take for their next attempts (no account id looks like it).</summary>
    public const string Contended = "(contended)";

    /// <summary>The advisory lock class of write turns ("OE"); the migrator's single-key lock lives in another key space.</summary>
    private const int LockClass = 0x4F45;

    private readonly NpgsqlConnection _connection;
    private readonly string _key;

    private WriteTurn(NpgsqlConnection connection, string key)
    {
        _connection = connection;
        _key = key;
    }

    public static async Task<WriteTurn> TakeAsync(NpgsqlConnection connection, string key, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_lock(@lockClass, hashtext(@key))", new { lockClass = LockClass, key }, cancellationToken: cancellationToken));
        return new WriteTurn(connection, key);
    }

    public async ValueTask DisposeAsync()
    {
        // A broken connection is discarded with its session, and the lock with it: nothing to give back, and the write it
        // guarded has ended either way.
        if (_connection.FullState != System.Data.ConnectionState.Open)
            return;
        try
        {
            await _connection.ExecuteAsync("SELECT pg_advisory_unlock(@lockClass, hashtext(@key))", new { lockClass = LockClass, key = _key });
        }
        catch (NpgsqlException)
        {
            // The same: the session is gone.
        }
    }
}
