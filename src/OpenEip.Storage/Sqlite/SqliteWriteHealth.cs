using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using OpenEip.Core;
using OpenEip.Core.Ports;

namespace OpenEip.Storage.Sqlite;

/// <summary>
/// Whether writes are failing, so that a full disk is logged once when it starts and once when it
/// ends, not once per request, and a server started read-only tries writing again now and then.
/// </summary>
internal sealed partial class SqliteWriteHealth(ILogger logger, TimeProvider clock)
{
    public const string ReadOnlyReason = "the server started while the disk holding its database was full and answers reads only until space is freed.";
    private static readonly TimeSpan ReadOnlyRetryInterval = TimeSpan.FromSeconds(5);
    private readonly Lock _lock = new();
    private DateTimeOffset? _failingSince;
    private volatile bool _failing;
    private volatile string? _failingReason;
    private DateTimeOffset _lastReadOnlyRetry = DateTimeOffset.MinValue;

    /// <summary>Why writes are failing now (the fault of the first failed write of this episode), or null.</summary>
    public string? FailingReason => _failingReason;

    public StoreUnavailableException Failed(SqliteException fault)
    {
        var reason = SqliteFaults.Reason(fault);
        lock (_lock)
        {
            if (_failingSince is null)
            {
                _failingSince = clock.GetUtcNow();
                _failing = true;
                _failingReason = reason;
                LogWritesFailing(logger, reason, fault.SqliteExtendedErrorCode);
            }
        }

        return new StoreUnavailableException(reason, fault);
    }

    public void StartedReadOnly(SqliteException fault)
    {
        lock (_lock)
        {
            _failingSince = clock.GetUtcNow();
            _failing = true;
        }

        LogStartedReadOnly(logger, SqliteFaults.Reason(fault));
    }

    public void Succeeded()
    {
        if (!_failing)
            return;
        lock (_lock)
        {
            if (_failingSince is { } since)
            {
                _failingSince = null;
                _failing = false;
                _failingReason = null;
                LogWritesRecovered(logger, clock.GetUtcNow() - since);
            }
        }
    }

    /// <summary>At most once every few seconds, so a read-only server does not probe the disk on every request.</summary>
    public bool MayRetryWrites()
    {
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            if (now - _lastReadOnlyRetry < ReadOnlyRetryInterval)
                return false;
            _lastReadOnlyRetry = now;
            return true;
        }
    }

    [LoggerMessage(EventId = LogEventIds.StoreWritesFailing, Level = LogLevel.Error,
        Message = "The store cannot be written: {Reason} (SQLite {Code}). Calls that change state answer 503 ServiceUnavailable until it can; reads still work.")]
    private static partial void LogWritesFailing(ILogger logger, string reason, int code);

    [LoggerMessage(EventId = LogEventIds.StartedReadOnly, Level = LogLevel.Warning,
        Message = "Started read-only: {Reason} Calls that change state answer 503 ServiceUnavailable until space is freed.")]
    private static partial void LogStartedReadOnly(ILogger logger, string reason);

    [LoggerMessage(EventId = LogEventIds.StoreWritesRecovered, Level = LogLevel.Information, Message = "The store takes writes again, after {Duration}.")]
    private static partial void LogWritesRecovered(ILogger logger, TimeSpan duration);
}
