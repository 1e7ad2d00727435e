using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using OpenEip.Core.Calls;
using OpenEip.Core.Ports;

namespace OpenEip.Storage.Sqlite;

/// <summary>The store's record of API calls: spent nonces and the audit trail (<see cref="IRequestLedger"/>).</summary>
public sealed partial class SqliteStore : IRequestLedger
{
    public async Task RecordAsync(IReadOnlyCollection<NonceRecord> nonces, IReadOnlyCollection<AuditEvent> events, CancellationToken cancellationToken)
    {
        if (nonces.Count == 0 && events.Count == 0)
            return;
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            LeaveReadOnlyIfPossible();
            await using var connection = Open();
            await using var transaction = connection.BeginTransaction(deferred: false);
            foreach (var nonce in nonces)
                await TryInsertNonceAsync(connection, transaction, nonce);
            await InsertEventsAsync(connection, transaction, events);
            await transaction.CommitAsync(CancellationToken.None);
            _health.Succeeded();
        }
        catch (SqliteException e) when (SqliteFaults.IsWriteFault(e))
        {
            throw _health.Failed(e);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public async Task<IReadOnlyList<NonceRecord>> LiveNoncesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        var rows = await connection.QueryAsync<(string AccessKeyId, string Nonce, long ExpiresAt)>(
            new CommandDefinition("SELECT access_key_id, nonce, expires_at FROM request_nonces WHERE expires_at >= @now", new { now = UnixTime.ToDb(now) }, cancellationToken: cancellationToken));
        return rows.Select(r => new NonceRecord(r.AccessKeyId, r.Nonce, UnixTime.FromDb(r.ExpiresAt))).ToList();
    }

    public async Task PruneAsync(DateTimeOffset nonceCutoff, DateTimeOffset auditCutoff, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            if (IsReadOnly)
                return;
            await using var connection = Open();
            await using var transaction = connection.BeginTransaction(deferred: false);
            await connection.ExecuteAsync("DELETE FROM request_nonces WHERE expires_at < @cutoff", new { cutoff = UnixTime.ToDb(nonceCutoff) }, transaction);
            await connection.ExecuteAsync("DELETE FROM audit_events WHERE event_time < @cutoff", new { cutoff = UnixTime.ToDb(auditCutoff) }, transaction);
            await transaction.CommitAsync(CancellationToken.None);
            _health.Succeeded();
        }
        catch (SqliteException e) when (SqliteFaults.IsWriteFault(e))
        {
            throw _health.Failed(e);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public async Task<Page<AuditEvent>> FindEventsAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        var where = new StringBuilder("WHERE 1 = 1");
        if (query.AccountId is not null)
            where.Append(" AND e.account_id = @AccountId");
        if (query.EventAction is not null)
            where.Append(" AND e.action = @EventAction");
        if (query.StartTime is not null)
            where.Append(" AND e.event_time >= @Start");
        if (query.EndTime is not null)
            where.Append(" AND e.event_time <= @End");
        if (query.ResourceId is not null)
            where.Append(" AND EXISTS (SELECT 1 FROM audit_event_resources r WHERE r.resource_id = @ResourceId AND r.event_id = e.event_id)");
        var parameters = new
        {
            query.AccountId, query.EventAction, query.ResourceId,
            Start = UnixTime.ToDb(query.StartTime), End = UnixTime.ToDb(query.EndTime),
            Limit = query.PageSize, Offset = (long)(query.PageNumber - 1) * query.PageSize,
        };

        await using var connection = Open();
        await using var transaction = connection.BeginTransaction(deferred: true);
        var total = await connection.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM audit_events e {where}", parameters, transaction);
        var rows = (await connection.QueryAsync<AuditRow>(
            $"""
            SELECT event_id AS EventId, event_time AS EventTime, account_id AS AccountId, access_key_id AS AccessKeyId, action AS Action,
                   version AS Version, request_id AS RequestId, source_ip_address AS SourceIpAddress, parameters AS Parameters,
                   error_code AS ErrorCode, error_message AS ErrorMessage
            FROM audit_events e {where} ORDER BY e.event_time DESC, e.rowid DESC LIMIT @Limit OFFSET @Offset
            """, parameters, transaction)).ToList();
        var resources = (await connection.QueryAsync<(string EventId, string ResourceId)>(
                "SELECT event_id, resource_id FROM audit_event_resources WHERE event_id IN @ids ORDER BY resource_id",
                new { ids = rows.Select(r => r.EventId).ToList() }, transaction))
            .ToLookup(r => r.EventId, r => r.ResourceId);
        await transaction.CommitAsync(cancellationToken);
        return new Page<AuditEvent>(rows.Select(r => r.ToEvent(resources[r.EventId].ToList())).ToList(), total);
    }

    private static async Task<bool> TryInsertNonceAsync(SqliteConnection connection, SqliteTransaction transaction, NonceRecord nonce) =>
        await connection.ExecuteAsync(
            "INSERT OR IGNORE INTO request_nonces (access_key_id, nonce, expires_at) VALUES (@AccessKeyId, @Nonce, @ExpiresAt)",
            new { nonce.AccessKeyId, nonce.Nonce, ExpiresAt = UnixTime.ToDb(nonce.ExpiresAt) }, transaction) == 1;

    private static async Task InsertEventsAsync(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<AuditEvent> events)
    {
        foreach (var e in events)
        {
            var inserted = await connection.ExecuteAsync(
                """
                INSERT OR IGNORE INTO audit_events (event_id, event_time, account_id, access_key_id, action, version, request_id, source_ip_address, parameters, error_code, error_message)
                VALUES (@EventId, @EventTime, @AccountId, @AccessKeyId, @Action, @Version, @RequestId, @SourceIpAddress, @Parameters, @ErrorCode, @ErrorMessage)
                """,
                new
                {
                    e.EventId, EventTime = UnixTime.ToDb(e.EventTime), e.AccountId, e.AccessKeyId, e.Action, e.Version, e.RequestId, e.SourceIpAddress,
                    Parameters = JsonSerializer.Serialize(e.Parameters), e.ErrorCode, e.ErrorMessage,
                },
                transaction);
            if (inserted == 0)
                continue;
            foreach (var resourceId in e.ResourceIds)
            {
                await connection.ExecuteAsync(
                    "INSERT OR IGNORE INTO audit_event_resources (event_id, resource_id) VALUES (@EventId, @resourceId)",
                    new { e.EventId, resourceId }, transaction);
            }
        }
    }

    private sealed class AuditRow
    {
        public string EventId { get; init; } = "";
        public long EventTime { get; init; }
        public string AccountId { get; init; } = "";
        public string AccessKeyId { get; init; } = "";
        public string Action { get; init; } = "";
        public string Version { get; init; } = "";
        public string RequestId { get; init; } = "";
        public string SourceIpAddress { get; init; } = "";
        public string Parameters { get; init; } = "{}";
        public string? ErrorCode { get; init; }
        public string? ErrorMessage { get; init; }

        public AuditEvent ToEvent(IReadOnlyList<string> resourceIds) => new()
        {
            EventId = EventId, EventTime = UnixTime.FromDb(EventTime), AccountId = AccountId, AccessKeyId = AccessKeyId, Action = Action,
            Version = Version, RequestId = RequestId, SourceIpAddress = SourceIpAddress,
            Parameters = JsonSerializer.Deserialize<Dictionary<string, string>>(Parameters) ?? [],
            ResourceIds = resourceIds, ErrorCode = ErrorCode, ErrorMessage = ErrorMessage,
        };
    }
}
