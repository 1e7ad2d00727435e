using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Dapper;
using OpenEip.Core.Calls;
using OpenEip.Core.Ports;

namespace OpenEip.Storage.Sql;

/// <summary>
/// The statements of the call ledger (spent nonces, ClientToken results, the audit trail), the same on both stores.
/// Only the audit trail's tie-breaker differs: SQLite's <c>rowid</c>, PostgreSQL's <c>seq</c> identity. SQLite's
/// writer inserts a batch's nonces and events with statements of its own (<see cref="Sqlite.SqliteBatchLedger"/>).
/// </summary>
internal static class LedgerSql
{
    /// <summary>True when the nonce was new; false when a call with it was recorded before (here or by another server).</summary>
    public static async Task<bool> TryInsertNonceAsync(DbConnection connection, DbTransaction transaction, NonceRecord nonce) =>
        await connection.ExecuteAsync(
            "INSERT INTO request_nonces (access_key_id, nonce, expires_at) VALUES (@AccessKeyId, @Nonce, @ExpiresAt) ON CONFLICT DO NOTHING",
            new { nonce.AccessKeyId, nonce.Nonce, ExpiresAt = UnixTime.ToDb(nonce.ExpiresAt) }, transaction) == 1;

    public static async Task InsertEventsAsync(DbConnection connection, DbTransaction transaction, IEnumerable<AuditEvent> events)
    {
        foreach (var e in events)
        {
            var inserted = await connection.ExecuteAsync(
                """
                INSERT INTO audit_events (event_id, event_time, account_id, access_key_id, action, version, request_id, source_ip_address, parameters, error_code, error_message)
                VALUES (@EventId, @EventTime, @AccountId, @AccessKeyId, @Action, @Version, @RequestId, @SourceIpAddress, @Parameters, @ErrorCode, @ErrorMessage)
                ON CONFLICT DO NOTHING
                """,
                new
                {
                    e.EventId, EventTime = UnixTime.ToDb(e.EventTime), e.AccountId, e.AccessKeyId, e.Action, e.Version, e.RequestId, e.SourceIpAddress,
                    Parameters = e.ParametersJson, e.ErrorCode, e.ErrorMessage,
                },
                transaction);
            if (inserted == 0)
                continue;
            foreach (var resourceId in e.ResourceIds)
            {
                await connection.ExecuteAsync(
                    "INSERT INTO audit_event_resources (event_id, resource_id) VALUES (@EventId, @resourceId) ON CONFLICT DO NOTHING",
                    new { e.EventId, resourceId }, transaction);
            }
        }
    }

    public static Task<StoredResponse?> FindEarlierAsync(DbConnection connection, DbTransaction transaction, IdempotencyKey idempotency) =>
        connection.QuerySingleOrDefaultAsync<StoredResponse>(
            "SELECT fingerprint AS Fingerprint, response AS Response FROM idempotency WHERE account_id = @AccountId AND client_token = @ClientToken",
            idempotency, transaction);

    /// <param name="response">The call's result as JSON.</param>
    public static Task InsertIdempotencyAsync(DbConnection connection, DbTransaction transaction, IdempotencyKey idempotency, string response, DateTimeOffset now) =>
        connection.ExecuteAsync(
            "INSERT INTO idempotency (account_id, client_token, fingerprint, response, created_at) VALUES (@AccountId, @ClientToken, @Fingerprint, @Response, @Now)",
            new
            {
                idempotency.AccountId,
                idempotency.ClientToken,
                idempotency.Fingerprint,
                Response = response,
                Now = UnixTime.ToDb(now),
            },
            transaction);

    public static Task PruneIdempotencyAsync(DbConnection connection, DbTransaction transaction, DateTimeOffset cutoff) =>
        connection.ExecuteAsync("DELETE FROM idempotency WHERE created_at < @cutoff", new { cutoff = UnixTime.ToDb(cutoff) }, transaction);

    /// <summary>Row by row: a start reloads millions, and a list of them all would be the server's largest allocation.</summary>
    /// <param name="table">PostgreSQL's <c>request_nonces</c>, or SQLite's <c>spent_nonces</c>.</param>
    public static async IAsyncEnumerable<NonceRecord> LiveNoncesAsync(
        DbConnection connection, string table, DateTimeOffset now, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT access_key_id, nonce, expires_at FROM {table} WHERE expires_at >= @now";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "now";
        parameter.Value = UnixTime.ToDb(now);
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            yield return new NonceRecord(reader.GetString(0), reader.GetString(1), UnixTime.FromDb(reader.GetInt64(2)));
    }

    /// <param name="insertionOrder">The column that orders events recorded in the same millisecond: <c>rowid</c> or <c>seq</c>.</param>
    public static async Task<Page<AuditEvent>> FindEventsAsync(DbConnection connection, DbTransaction transaction, AuditQuery query, string insertionOrder)
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

        var total = await connection.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM audit_events e {where}", parameters, transaction);
        var rows = (await connection.QueryAsync<AuditRow>(
            $"""
            SELECT event_id AS EventId, event_time AS EventTime, account_id AS AccountId, access_key_id AS AccessKeyId, action AS Action,
                   version AS Version, request_id AS RequestId, source_ip_address AS SourceIpAddress, parameters AS Parameters,
                   error_code AS ErrorCode, error_message AS ErrorMessage
            FROM audit_events e {where} ORDER BY e.event_time DESC, e.{insertionOrder} DESC LIMIT @Limit OFFSET @Offset
            """, parameters, transaction)).ToList();
        var resources = (await connection.QueryAsync<(string EventId, string ResourceId)>(
                $"SELECT event_id, resource_id FROM audit_event_resources WHERE {connection.In("event_id", "@ids")} ORDER BY resource_id",
                new { ids = rows.Select(r => r.EventId).ToList() }, transaction))
            .ToLookup(r => r.EventId, r => r.ResourceId);
        return new Page<AuditEvent>(rows.Select(r => r.ToEvent(resources[r.EventId].ToList())).ToList(), total);
    }

    internal sealed class StoredResponse
    {
        public string Fingerprint { get; init; } = "";
        public string Response { get; init; } = "";
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
