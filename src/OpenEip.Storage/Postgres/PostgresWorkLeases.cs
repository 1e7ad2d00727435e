using Dapper;
using Npgsql;
using OpenEip.Core.Ports;

namespace OpenEip.Storage.Postgres;

/// <summary>
/// Leases as session advisory locks, each held on a connection of its own: PostgreSQL gives a lock to one session, and
/// takes it back when the session ends, so a server killed with SIGKILL (its connections closed by the kernel) or cut
/// off from the database loses its leases, and the next server to try takes them. A holder checks its connection on
/// every call, so it stops the work as soon as it can no longer be sure it holds the lease.
/// </summary>
public sealed class PostgresWorkLeases(string connectionString) : IWorkLeases, IAsyncDisposable
{
    /// <summary>The advisory lock class of work leases ("OW"), apart from account turns and the migrator.</summary>
    private const int LockClass = 0x4F57;

    // Only touched under the gate.
    private readonly Dictionary<string, NpgsqlConnection> _held = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<bool> HoldsAsync(string work, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_held.TryGetValue(work, out var holding))
            {
                if (await IsAliveAsync(holding, cancellationToken))
                    return true;
                _held.Remove(work);
                await holding.DisposeAsync();
            }

            return await TryTakeAsync(work, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _held.Values)
            await connection.DisposeAsync();
        _held.Clear();
        _gate.Dispose();
    }

    private async Task<bool> TryTakeAsync(string work, CancellationToken cancellationToken)
    {
        // Not pooled: the lock lives as long as this physical session, and must not be handed to other work.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            var taken = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                "SELECT pg_try_advisory_lock(@lockClass, hashtext(@work))", new { lockClass = LockClass, work }, cancellationToken: cancellationToken));
            if (taken)
            {
                _held[work] = connection;
                return true;
            }
        }
        catch (Exception e) when (PostgresFaults.IsUnavailable(e))
        {
            // Unreachable: this server does not hold the lease; it tries again at its next turn.
        }

        await connection.DisposeAsync();
        return false;
    }

    private static async Task<bool> IsAliveAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: cancellationToken));
            return true;
        }
        catch (Exception e) when (PostgresFaults.IsUnavailable(e) || e is InvalidOperationException)
        {
            return false;
        }
    }
}
