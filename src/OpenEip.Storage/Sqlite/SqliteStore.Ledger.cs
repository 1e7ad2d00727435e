using System.Runtime.CompilerServices;
using Dapper;
using Microsoft.Data.Sqlite;
using OpenEip.Core.Calls;
using OpenEip.Core.Ports;
using OpenEip.Storage.Sql;

namespace OpenEip.Storage.Sqlite;

/// <summary>The store's record of API calls: spent nonces and the audit trail (<see cref="IRequestLedger"/>).</summary>
public sealed partial class SqliteStore : IRequestLedger
{
    /// <summary>Mutating calls' nonces, kept unique by their key, and reads' nonces, appended (0019_read_nonces.sql).</summary>
    private static readonly string[] NonceTables = ["request_nonces", "read_nonces"];

    public Task RecordAsync(IReadOnlyCollection<NonceRecord> nonces, IReadOnlyCollection<AuditEvent> events, CancellationToken cancellationToken)
    {
        if (nonces.Count == 0 && events.Count == 0)
            return Task.CompletedTask;
        return _writer.WriteAsync(
            async (connection, transaction) =>
            {
                // Appended (0019_read_nonces.sql): this server's memory refused any replay among them before they came here.
                foreach (var nonce in nonces)
                {
                    await connection.ExecuteAsync(
                        "INSERT INTO read_nonces (expires_at, access_key_id, nonce) VALUES (@ExpiresAt, @AccessKeyId, @Nonce)",
                        new { ExpiresAt = UnixTime.ToDb(nonce.ExpiresAt), nonce.AccessKeyId, nonce.Nonce }, transaction);
                }

                await LedgerSql.InsertEventsAsync(connection, transaction, events);
                return new WriteOutcome<bool>(true, Keep: true);
            },
            cancellationToken);
    }

    public async IAsyncEnumerable<NonceRecord> LiveNoncesAsync(DateTimeOffset now, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = Open();
        foreach (var table in NonceTables)
        {
            await foreach (var nonce in LedgerSql.LiveNoncesAsync(connection, table, now, cancellationToken))
                yield return nonce;
        }
    }

    /// <summary>
    /// <c>read_nonces</c> (most of them: every signed read) split by rowid among the parts; <c>request_nonces</c>
    /// (a keyed table without rowids, one row per mutating call) goes whole to the last part.
    /// </summary>
    public IReadOnlyList<IAsyncEnumerable<NonceRecord>> LiveNonceParts(DateTimeOffset now, int parts, CancellationToken cancellationToken)
    {
        var count = Math.Max(1, parts);
        return [.. Enumerable.Range(0, count).Select(index => LiveNoncePartAsync(now, index, count, cancellationToken))];
    }

    private async IAsyncEnumerable<NonceRecord> LiveNoncePartAsync(DateTimeOffset now, int index, int count, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await foreach (var nonce in LedgerSql.LiveNoncesAsync(connection, "read_nonces", now, cancellationToken, (index, count)))
            yield return nonce;
        if (index != count - 1)
            yield break;
        await foreach (var nonce in LedgerSql.LiveNoncesAsync(connection, "request_nonces", now, cancellationToken))
            yield return nonce;
    }

    public Task PruneAsync(DateTimeOffset nonceCutoff, DateTimeOffset auditCutoff, CancellationToken cancellationToken)
    {
        if (IsReadOnly)
            return Task.CompletedTask;
        return _writer.WriteAsync(
            async (connection, transaction) =>
            {
                await LedgerSql.PruneAsync(connection, transaction, NonceTables, nonceCutoff, auditCutoff);
                return new WriteOutcome<bool>(true, Keep: true);
            },
            cancellationToken);
    }

    public async Task<Page<AuditEvent>> FindEventsAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var transaction = connection.BeginTransaction(deferred: true);
        var page = await LedgerSql.FindEventsAsync(connection, transaction, query, "rowid");
        await transaction.CommitAsync(cancellationToken);
        return page;
    }
}
