using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;
using OpenEip.Core.Calls;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Storage.Secrets;
using OpenEip.Storage.Sql;

namespace OpenEip.Storage.Sqlite;

/// <summary>
/// The embedded store. Writes go through one writer with group commit (<see cref="SqliteWriter"/>): what is
/// queued runs one write after another, each in its own savepoint, and commits in one transaction with one
/// fsync. <c>BEGIN IMMEDIATE</c> serializes another process on the same file too. WAL lets readers run
/// beside the writer; synchronous=FULL makes a commit durable before any write of it is answered. The files are the owner's alone (folder 0700, files
/// 0600) and AccessKey secrets are sealed (<see cref="SecretProtector"/>).
/// </summary>
/// <remarks>
/// A write that finds the disk full fails with <see cref="StoreUnavailableException"/> (the API's 503)
/// and the episode is logged once; a server started on a full disk serves reads until space is freed.
/// </remarks>
public sealed partial class SqliteStore : IStore, ICredentialChanges, IDisposable
{
    private readonly string _path;
    private readonly SqliteWriter _writer;
    private readonly SqliteReaders _readers;
    private readonly TimeProvider _clock;
    private readonly CurrentCall? _currentCall;
    private readonly IReconcileSignal? _changes;
    private readonly SecretProtector _secrets;
    private readonly SqliteWriteHealth _health;
    private string _connectionString;
    private long _credentialVersion;

    /// <param name="changes">Told after every API call's write commits, so that the data plane looks at what changed.</param>
    public SqliteStore(
        SqliteStoreOptions options, TimeProvider clock, SecretProtector? secrets = null, CurrentCall? currentCall = null,
        ILogger<SqliteStore>? logger = null, IReconcileSignal? changes = null)
    {
        SqliteLibrary.EnsureConfigured();
        _clock = clock;
        _currentCall = currentCall;
        _changes = changes;
        _secrets = secrets ?? SecretProtector.Ephemeral();
        _health = new SqliteWriteHealth(logger ?? NullLogger<SqliteStore>.Instance, clock);
        _path = Path.GetFullPath(options.DatabasePath);
        SqliteFiles.Prepare(_path);
        _connectionString = SqliteFiles.ConnectionString(_path, readOnly: false);
        _readers = new SqliteReaders(Open);

        try
        {
            using var connection = Open();
            connection.Execute("PRAGMA journal_mode=WAL;");
            SqliteMigrator.Migrate(connection, clock);
            SealPlaintextSecrets(connection);
        }
        catch (SqliteException e) when (SqliteFaults.IsWriteFault(e))
        {
            // The disk is full before the first request: serve what is on disk, read-only, rather than not at all.
            StartReadOnly(e);
        }

        SqliteFiles.MakePrivate(_path);
        _writer = new SqliteWriter(Open, LeaveReadOnlyIfPossible, _health, new SqliteBatchLedger(LastSpentNonceId(), clock, LoadClientTokens()), options.WalRestartAfterFrames);
    }

    /// <summary>True while writes are refused because the server started on a full disk.</summary>
    public bool IsReadOnly { get; private set; }

    public async Task<T> ReadAsync<T>(Func<IStoreSession, Task<T>> work, CancellationToken cancellationToken)
    {
        var lent = _readers.Rent();
        T result;
        try
        {
            await using var transaction = lent.Connection.Inner.BeginTransaction(deferred: true);
            result = await work(new SqlSession(lent.Connection, transaction, _secrets, cancellationToken));
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            await lent.Connection.DisposeAsync();
            throw;
        }

        _readers.Return(lent);
        return result;
    }

    public Task<Result<T>> WriteAsync<T>(IdempotencyKey? idempotency, Func<IStoreSession, Task<Result<T>>> work, CancellationToken cancellationToken)
    {
        // Read here, in the caller's flow: the writer's loop runs the work but is not the call.
        var call = _currentCall?.Value is { Recorded: false } current ? current : null;
        return _writer.WriteAsync(
            async (connection, transaction, ledger) =>
            {
                var session = new SqlSession(connection, transaction, _secrets, cancellationToken);
                // No periodic prune of ClientTokens here: the writer deletes expired ones at the start of a batch (SqliteClientTokens).
                var (result, commit) = await CallWrite.RunAsync(connection, transaction, session, ledger, call, idempotency, work, _clock.GetUtcNow(), pruneIdempotency: false);
                return new WriteOutcome<Result<T>>(result, commit, () => Committed(session, call));
            },
            cancellationToken);
    }

    /// <summary>Finishes the queued writes and closes the connections, so SQLite checkpoints and removes its -wal and -shm files on a clean stop.</summary>
    public void Dispose()
    {
        _writer.Dispose();
        _readers.Dispose();
        SqliteConnection.ClearAllPools();
    }

    /// <summary>One server owns a SQLite file, so its own commits are every change there is.</summary>
    public long Version => Interlocked.Read(ref _credentialVersion);

    /// <summary>Once a write is durable: credential caches and the data plane hear of it, and its call is recorded.</summary>
    private void Committed(SqlSession session, CallRecord? call)
    {
        if (session.CredentialsChanged)
            Interlocked.Increment(ref _credentialVersion);
        if (call is null)
            return;
        call.MarkRecorded();
        _changes?.Notify();
    }

    /// <summary>Seals secrets stored by versions before sealing existed (a one-time upgrade, in one transaction).</summary>
    private void SealPlaintextSecrets(SqliteConnection connection)
    {
        var plain = connection.Query<(string Id, string Secret)>("SELECT access_key_id, access_key_secret FROM access_keys")
            .Where(k => !SecretProtector.IsSealed(k.Secret)).ToList();
        if (plain.Count == 0)
            return;
        using var transaction = connection.BeginTransaction();
        foreach (var (id, secret) in plain)
        {
            connection.Execute(
                "UPDATE access_keys SET access_key_secret = @sealedSecret WHERE access_key_id = @id",
                new { id, sealedSecret = _secrets.Seal(secret, id) }, transaction);
        }

        transaction.Commit();
    }

    private void StartReadOnly(SqliteException fault)
    {
        if (!SqliteFiles.CanOpenImmutable(_path))
            throw new StoreUnavailableException("the disk holding the database is full and its write-ahead log holds changes not yet in the database file; free space and start again", fault);
        IsReadOnly = true;
        _connectionString = SqliteFiles.ConnectionString(_path, readOnly: true);
        _readers.Reset();
        using var connection = Open();
        if (SqliteMigrator.HasPending(connection))
            throw new StoreUnavailableException("the disk holding the database is full and the database needs migrating; free space and start again", fault);
        _health.StartedReadOnly(fault);
    }

    /// <summary>Called by the writer before each batch: a server started read-only writes again once the disk has room.</summary>
    private void LeaveReadOnlyIfPossible()
    {
        if (!IsReadOnly)
            return;
        if (!_health.MayRetryWrites())
            throw new StoreUnavailableException(SqliteWriteHealth.ReadOnlyReason);
        try
        {
            var writable = SqliteFiles.ConnectionString(_path, readOnly: false);
            using var connection = new SqliteConnection(writable);
            connection.Open();
            connection.Execute("PRAGMA journal_mode=WAL; BEGIN IMMEDIATE; COMMIT;");
            _connectionString = writable;
            _readers.Reset();
            IsReadOnly = false;
        }
        catch (SqliteException e) when (SqliteFaults.IsWriteFault(e))
        {
            throw new StoreUnavailableException(SqliteWriteHealth.ReadOnlyReason, e);
        }
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        connection.Execute("PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;");
        return connection;
    }
}
