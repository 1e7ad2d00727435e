using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Storage.Sqlite;

/// <summary>
/// The embedded store. Writers are serialized twice over: a process-wide gate (so in-process writers
/// queue instead of spinning on SQLITE_BUSY) and <c>BEGIN IMMEDIATE</c> (so another process on the
/// same file is serialized too). WAL lets readers run beside the writer; synchronous=FULL makes a
/// commit durable before the response is sent.
/// </summary>
public sealed class SqliteStore : IStore, IDisposable
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly TimeProvider _clock;
    private readonly int _pruneEveryWrites;
    private int _writesSincePrune;

    /// <summary>How long a ClientToken is remembered (R-EIP-10): a retry within this time gets the first result.</summary>
    public static readonly TimeSpan IdempotencyRetention = TimeSpan.FromHours(24);


    public SqliteStore(SqliteStoreOptions options, TimeProvider clock)
    {
        _clock = clock;
        _pruneEveryWrites = Math.Max(1, options.PruneIdempotencyEveryWrites);
        var path = Path.GetFullPath(options.DatabasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();

        using var connection = Open();
        connection.Execute("PRAGMA journal_mode=WAL;");
        SqliteMigrator.Migrate(connection, clock);
    }

    public async Task<T> ReadAsync<T>(Func<IStoreSession, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var transaction = connection.BeginTransaction(deferred: true);
        var result = await work(new SqliteSession(connection, transaction));
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    public async Task<Result<T>> WriteAsync<T>(IdempotencyKey? idempotency, Func<IStoreSession, Task<Result<T>>> work, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await using var connection = Open();
            await using var transaction = connection.BeginTransaction(deferred: false);
            if (idempotency is not null)
            {
                var earlier = await connection.QuerySingleOrDefaultAsync<StoredResponse>(
                    "SELECT fingerprint AS Fingerprint, response AS Response FROM idempotency WHERE account_id = @AccountId AND client_token = @ClientToken",
                    idempotency, transaction);
                if (earlier is not null)
                {
                    return earlier.Fingerprint == idempotency.Fingerprint
                        ? Result<T>.Ok(JsonSerializer.Deserialize<T>(earlier.Response)!)
                        : ApiErrors.IdempotentParameterMismatch();
                }
            }

            var result = await work(new SqliteSession(connection, transaction));
            if (!result.IsSuccess)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                return result;
            }

            if (idempotency is not null)
            {
                await connection.ExecuteAsync(
                    "INSERT INTO idempotency (account_id, client_token, fingerprint, response, created_at) VALUES (@AccountId, @ClientToken, @Fingerprint, @Response, @Now)",
                    new
                    {
                        idempotency.AccountId,
                        idempotency.ClientToken,
                        idempotency.Fingerprint,
                        Response = JsonSerializer.Serialize(result.Value),
                        Now = UnixTime.ToDb(_clock.GetUtcNow()),
                    },
                    transaction);
            }

            if (++_writesSincePrune >= _pruneEveryWrites)
            {
                _writesSincePrune = 0;
                await connection.ExecuteAsync(
                    "DELETE FROM idempotency WHERE created_at < @cutoff",
                    new { cutoff = UnixTime.ToDb(_clock.GetUtcNow() - IdempotencyRetention) }, transaction);
            }

            // Once the work has run, finish it even if the caller gave up: the effect is acknowledged by the commit alone.
            await transaction.CommitAsync(CancellationToken.None);
            return result;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public void Dispose() => _writeGate.Dispose();

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        connection.Execute("PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;");
        return connection;
    }

    private sealed class StoredResponse
    {
        public string Fingerprint { get; init; } = "";
        public string Response { get; init; } = "";
    }
}
