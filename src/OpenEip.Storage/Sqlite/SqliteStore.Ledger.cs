using Microsoft.Data.Sqlite;
using OpenEip.Core.Calls;
using OpenEip.Core.Ports;
using OpenEip.Storage.Sql;

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
                await LedgerSql.TryInsertNonceAsync(connection, transaction, nonce);
            await LedgerSql.InsertEventsAsync(connection, transaction, events);
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
        return await LedgerSql.LiveNoncesAsync(connection, now, cancellationToken);
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
            await LedgerSql.PruneAsync(connection, transaction, nonceCutoff, auditCutoff);
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
        await using var connection = Open();
        await using var transaction = connection.BeginTransaction(deferred: true);
        var page = await LedgerSql.FindEventsAsync(connection, transaction, query, "rowid");
        await transaction.CommitAsync(cancellationToken);
        return page;
    }
}
