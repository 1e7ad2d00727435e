using Dapper;
using Npgsql;

namespace OpenEip.Storage.Postgres;

/// <summary>
/// An account's turn to write, held on one connection across all servers: a session advisory lock, taken before the
/// transaction begins (so its snapshot sees the writes of the turn before) and given back after it ends. If the
/// process dies, PostgreSQL ends the session and the turn passes on.
/// </summary>
internal sealed class AccountTurn : IAsyncDisposable
{
    /// <summary>The advisory lock class of account turns ("OE"); the migrator's single-key lock lives in another key space.</summary>
    private const int LockClass = 0x4F45;

    private readonly NpgsqlConnection _connection;
    private readonly string _account;

    private AccountTurn(NpgsqlConnection connection, string account)
    {
        _connection = connection;
        _account = account;
    }

    public static async Task<AccountTurn> TakeAsync(NpgsqlConnection connection, string account, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_lock(@lockClass, hashtext(@account))", new { lockClass = LockClass, account }, cancellationToken: cancellationToken));
        return new AccountTurn(connection, account);
    }

    public async ValueTask DisposeAsync()
    {
        // A broken connection is discarded with its session, and the lock with it: nothing to give back, and the write it
        // guarded has ended either way.
        if (_connection.FullState != System.Data.ConnectionState.Open)
            return;
        try
        {
            await _connection.ExecuteAsync("SELECT pg_advisory_unlock(@lockClass, hashtext(@account))", new { lockClass = LockClass, account = _account });
        }
        catch (NpgsqlException)
        {
            // The same: the session is gone.
        }
    }
}
