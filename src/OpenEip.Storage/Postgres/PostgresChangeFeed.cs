using Npgsql;

namespace OpenEip.Storage.Postgres;

/// <summary>
/// Wakes this server when any server commits an API call's change: <see cref="PostgresStore"/> sends a NOTIFY on
/// <see cref="Channel"/> inside the call's transaction (delivered at commit, never for a rollback), and this listens
/// for it. After a lost connection it listens again and wakes once, since notifications sent meanwhile were lost; the
/// reconciler's periodic resync stays the safety net.
/// </summary>
public sealed class PostgresChangeFeed(string connectionString)
{
    public const string Channel = "openeip_changes";

    /// <summary>The payload of a commit that changed the AccessKeys (empty for other commits).</summary>
    public const string CredentialsChanged = "credentials";

    /// <param name="changed">Called with each notification's payload, and with null on each (re)connection (what was missed).</param>
    public async Task ListenAsync(Action<string?> changed, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 10 };
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                await connection.OpenAsync(cancellationToken);
                connection.Notification += (_, e) => changed(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                    await listen.ExecuteNonQueryAsync(cancellationToken);
                changed(null);
                while (true)
                    await connection.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (NpgsqlException)
            {
                // Listen again shortly; the store's own calls report the outage.
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), TimeProvider.System, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
