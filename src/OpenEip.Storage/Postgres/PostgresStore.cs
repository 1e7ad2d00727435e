using System.Data;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using OpenEip.Core;
using OpenEip.Core.Calls;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Storage.Secrets;
using OpenEip.Storage.Sql;

namespace OpenEip.Storage.Postgres;

/// <summary>
/// The store for several servers on one PostgreSQL database. Every write runs at SERIALIZABLE: PostgreSQL makes the
/// concurrent writes of all servers behave as if they ran one after another, which is what SQLite's single writer gave,
/// so each rule's "at most one / at most N" checked inside the transaction holds at commit whichever server took the
/// call. A write that loses a race (40001, 40P01) has written nothing and runs again on fresh data. Reads run at
/// REPEATABLE READ, one snapshot. Nonces, ClientTokens and the audit trail are tables, so they are shared by all servers.
/// </summary>
/// <remarks>
/// PostgreSQL unreachable (a restart, a failover): calls wait up to <see cref="PostgresStoreOptions.WaitWhileUnreachable"/>
/// for it, then answer 503 with the reason; the next call tries again, so the server recovers by itself. A write whose
/// connection is lost during COMMIT is not run again (it may have taken effect): it answers 503, and a retry with the same
/// ClientToken gets the first result.
/// </remarks>
public sealed partial class PostgresStore : IStore, ICredentialChanges, IDisposable
{
    /// <summary>Enough for 64 clients racing on one account's rows; each attempt waits a little longer (with jitter).</summary>
    private const int MaxConflictAttempts = 60;

    /// <summary>
    /// A unique-index race is run again this many times at most (20 writers taking the same NAT gateway's vSwitch IPs
    /// need a dozen); a real duplicate fails on every run and surfaces as the bug it is.
    /// </summary>
    private const int MaxUniqueRaceAttempts = 30;

    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresStoreOptions _options;
    private readonly TimeProvider _clock;
    private readonly CurrentCall? _currentCall;
    private readonly IReconcileSignal? _changes;
    private readonly SecretProtector _secrets;
    private readonly ILogger _logger;

    /// <summary>
    /// Pauses between attempts and the wait for an unreachable server are real time, not the service's clock: they
    /// measure the database, and a test's frozen or adjusted clock must not stretch or freeze them.
    /// </summary>
    private readonly TimeProvider _waits = TimeProvider.System;
    private int _writesSincePrune;
    private long _credentialVersion;
    private long _unreachableSince;

    public PostgresStore(
        PostgresStoreOptions options, TimeProvider clock, SecretProtector? secrets = null, CurrentCall? currentCall = null,
        ILogger<PostgresStore>? logger = null, IReconcileSignal? changes = null)
    {
        _options = options;
        _clock = clock;
        _currentCall = currentCall;
        _changes = changes;
        _secrets = secrets ?? SecretProtector.Ephemeral();
        _logger = logger ?? NullLogger<PostgresStore>.Instance;
        _dataSource = NpgsqlDataSource.Create(options.ConnectionString);
        try
        {
            var applied = WithConnectionAsync(_ => PostgresMigrator.MigrateAsync(_dataSource, clock, CancellationToken.None), CancellationToken.None)
                .GetAwaiter().GetResult();
            if (applied.Count > 0)
                LogMigrated(_logger, applied.Count, applied[^1]);
        }
        catch (NpgsqlException e)
        {
            // A wrong password, a database that does not exist: the operator's to fix, said in one line.
            _dataSource.Dispose();
            throw new StoreUnavailableException($"PostgreSQL cannot be opened: {e.Message}", e);
        }
    }

    public Task<T> ReadAsync<T>(Func<IStoreSession, Task<T>> work, CancellationToken cancellationToken) =>
        InTransactionAsync(IsolationLevel.RepeatableRead, (connection, transaction) => work(new SqlSession(connection, transaction, _secrets, cancellationToken)), cancellationToken);

    public async Task<Result<T>> WriteAsync<T>(IdempotencyKey? idempotency, Func<IStoreSession, Task<Result<T>>> work, CancellationToken cancellationToken)
    {
        var call = _currentCall?.Value is { Recorded: false } current ? current : null;
        var prune = Interlocked.Increment(ref _writesSincePrune) % Math.Max(1, _options.PruneIdempotencyEveryWrites) == 0;
        var account = call?.Audit.AccountId ?? idempotency?.AccountId;
        var credentialsChanged = false;
        var result = await RunAsync(IsolationLevel.Serializable, account, async (connection, transaction) =>
        {
            var session = new SqlSession(connection, transaction!, _secrets, cancellationToken);
            var written = await CallWrite.RunAsync(connection, transaction!, session, new InlineCallLedger(connection, transaction!), call, idempotency, work, _clock.GetUtcNow(), prune);

            // Every server hears of the change when it commits (PostgresChangeFeed), not at its next resync: its
            // reconciler looks at what changed, and a change to the AccessKeys empties its credential cache.
            credentialsChanged = written.Commit && session.CredentialsChanged;
            if (written.Commit && (call is not null || credentialsChanged))
            {
                await connection.ExecuteAsync(
                    "SELECT pg_notify(@channel, @payload)",
                    new { channel = PostgresChangeFeed.Channel, payload = credentialsChanged ? PostgresChangeFeed.CredentialsChanged : "" },
                    transaction);
            }

            return written;
        }, cancellationToken);
        if (credentialsChanged)
            Interlocked.Increment(ref _credentialVersion);
        if (call is not null)
        {
            call.MarkRecorded();
            _changes?.Notify();
        }

        return result;
    }

    /// <summary>This server's own AccessKey changes, and those the change feed heard of (<see cref="HeardOfChange"/>).</summary>
    public long Version => Interlocked.Read(ref _credentialVersion);

    /// <summary>
    /// The change feed heard a commit of another server (its payload), or (re)connected (null: notifications may have
    /// been missed while it was away, so every cached credential is suspect).
    /// </summary>
    public void HeardOfChange(string? payload)
    {
        if (payload is null || payload == PostgresChangeFeed.CredentialsChanged)
            Interlocked.Increment(ref _credentialVersion);
    }

    public void Dispose() => _dataSource.Dispose();

    /// <summary>Work in one committed transaction, run again on a lost race or while PostgreSQL is unreachable.</summary>
    private Task<T> InTransactionAsync<T>(IsolationLevel isolation, Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        RunAsync(isolation, null, async (connection, transaction) => (await work(connection, transaction!), true), cancellationToken);

    private Task<T> WithConnectionAsync<T>(Func<NpgsqlConnection, Task<T>> work, CancellationToken cancellationToken) =>
        RunAsync<T>(null, null, async (connection, _) => (await work(connection), true), cancellationToken);

    /// <param name="isolation">The transaction's isolation level; null for work on a bare connection.</param>
    /// <param name="account">
    /// The account whose call this write serves, if any. Its writes take turns, on every server, on a session advisory lock
    /// taken before the transaction's snapshot: one tenant's racing calls (20 binds onto one NAT gateway, 1000 allocations)
    /// then queue instead of colliding and running again. Writes of different accounts, and background work, run side by
    /// side; a write that loses a race to them takes, for its next attempts, the one <see cref="WriteTurn.Contended"/>
    /// turn as well, so that under contention (200 tenants allocating from one region's pool) the losers run one at a time
    /// instead of colliding again. SERIALIZABLE still guarantees the rules; the turns only spare the retries.
    /// </param>
    /// <param name="work">Returns the value and whether to commit (false rolls back).</param>
    private async Task<T> RunAsync<T>(
        IsolationLevel? isolation, string? account, Func<NpgsqlConnection, NpgsqlTransaction?, Task<(T Value, bool Commit)>> work,
        CancellationToken cancellationToken)
    {
        var started = _waits.GetTimestamp();
        var contended = false;
        for (var attempt = 1; ; attempt++)
        {
            var committing = false;
            try
            {
                await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
                await using var accountTurn = account is null ? null : await WriteTurn.TakeAsync(connection, account, cancellationToken);
                await using var contendedTurn = contended ? await WriteTurn.TakeAsync(connection, WriteTurn.Contended, cancellationToken) : null;
                await using var transaction = isolation is { } level ? await connection.BeginTransactionAsync(level, cancellationToken) : null;
                var (value, commit) = await work(connection, transaction);
                if (transaction is not null)
                {
                    committing = commit;

                    // Once the work has run, finish it even if the caller gave up: the effect is acknowledged by the commit alone.
                    if (commit)
                        await transaction.CommitAsync(CancellationToken.None);
                    else
                        await transaction.RollbackAsync(CancellationToken.None);
                }

                Reachable();
                return value;
            }
            catch (Exception e) when (PostgresFaults.IsConflict(e))
            {
                // A serialization failure, even one raised by COMMIT, means nothing was written.
                contended = isolation == IsolationLevel.Serializable;
                if (attempt >= MaxConflictAttempts)
                {
                    LogConflictsExhausted(_logger, attempt);
                    throw new StoreUnavailableException("too many concurrent changes to the same resources; retry the call.", e);
                }

                await Task.Delay(Backoff(attempt), _waits, cancellationToken);
            }
            catch (Exception e) when (PostgresFaults.IsUniqueRace(e) && isolation == IsolationLevel.Serializable && attempt < MaxUniqueRaceAttempts)
            {
                contended = true;
                await Task.Delay(Backoff(attempt), _waits, cancellationToken);
            }
            catch (Exception e) when (PostgresFaults.IsUnavailable(e))
            {
                Unreachable(e);
                if (committing)
                    throw new StoreUnavailableException("the connection to PostgreSQL was lost while the change was being committed, so whether it took effect is not known; retry with the same ClientToken.", e);
                if (_waits.GetElapsedTime(started) >= _options.WaitWhileUnreachable)
                    throw new StoreUnavailableException(PostgresFaults.Reason(e), e);
                // Idle pooled connections to a server that went away are dead too: open fresh ones on the next attempt.
                _dataSource.Clear();
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(1000, 50 * attempt)), _waits, cancellationToken);
            }
        }
    }

    /// <summary>Random, and growing with the attempts, so that writers that collided do not collide again in step.</summary>
    private static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds(Random.Shared.Next(0, 1 + Math.Min(attempt, 12) * 4));

    private void Unreachable(Exception e)
    {
        if (Interlocked.CompareExchange(ref _unreachableSince, _waits.GetTimestamp(), 0) == 0)
            LogUnreachable(_logger, PostgresFaults.Reason(e), e);
    }

    private void Reachable()
    {
        var since = Interlocked.Exchange(ref _unreachableSince, 0);
        if (since != 0)
            LogReachableAgain(_logger, _waits.GetElapsedTime(since));
    }

    [LoggerMessage(EventId = LogEventIds.PostgresUnreachable, Level = LogLevel.Error, Message = "PostgreSQL cannot be used: {Reason} Calls wait for it briefly, then answer 503.")]
    private static partial void LogUnreachable(ILogger logger, string reason, Exception exception);

    [LoggerMessage(EventId = LogEventIds.PostgresReachableAgain, Level = LogLevel.Information, Message = "PostgreSQL answers again, after {Duration}.")]
    private static partial void LogReachableAgain(ILogger logger, TimeSpan duration);

    [LoggerMessage(EventId = LogEventIds.PostgresMigrated, Level = LogLevel.Information, Message = "PostgreSQL schema migrated: {Count} migration(s) applied, now at {Version}.")]
    private static partial void LogMigrated(ILogger logger, int count, string version);

    [LoggerMessage(EventId = LogEventIds.PostgresConflictsExhausted, Level = LogLevel.Warning, Message = "A write lost {Attempts} races in a row to concurrent writes and was given up (503).")]
    private static partial void LogConflictsExhausted(ILogger logger, int attempts);
}
