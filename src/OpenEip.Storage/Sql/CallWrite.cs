using System.Data.Common;
using System.Text.Json;
using OpenEip.Core.Calls;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Storage.Sql;

/// <summary>
/// One write, inside a transaction the store has begun, the same on both stores: the API call's nonce (a replay is
/// refused, here or on another server), the ClientToken (a retry gets the first result), the effect in a savepoint
/// (a refused effect is undone alone, so the nonce and the audit event still commit), and the audit event. The nonce
/// and the event go to the store's <see cref="ICallLedger"/>, which keeps them in the same transaction.
/// </summary>
internal static class CallWrite
{
    /// <param name="call">The API call this write serves, if it has not been recorded by an earlier write of the same call.</param>
    /// <returns>The result, and whether the store commits (false: nothing to keep, roll back).</returns>
    public static async Task<(Result<T> Result, bool Commit)> RunAsync<T>(
        DbConnection connection, DbTransaction transaction, IStoreSession session, ICallLedger ledger, CallRecord? call, IdempotencyKey? idempotency,
        Func<IStoreSession, Task<Result<T>>> work, DateTimeOffset now, bool pruneIdempotency)
    {
        Result<T> result;
        if (call is not null && !await ledger.TrySpendNonceAsync(call.Nonce))
        {
            result = ApiErrors.SignatureNonceUsed();
        }
        else if (idempotency is not null && await ledger.FindEarlierAsync(idempotency) is { } earlier)
        {
            result = earlier.Fingerprint == idempotency.Fingerprint
                ? Result<T>.Ok(JsonSerializer.Deserialize<T>(earlier.Response)!)
                : ApiErrors.IdempotentParameterMismatch();
        }
        else
        {
            if (call is not null)
                await ExecuteAsync(connection, transaction, "SAVEPOINT effect");
            result = await work(session);
            if (!result.IsSuccess && call is null)
                return (result, false);
            if (!result.IsSuccess)
                await ExecuteAsync(connection, transaction, "ROLLBACK TO effect");
            else if (idempotency is not null)
                await ledger.RememberAsync(idempotency, JsonSerializer.Serialize(result.Value), now);
        }

        if (call is not null)
            await ledger.RecordAsync(call.Audit.Ended(result.Error, result.IsSuccess ? result.Value : null));
        else if (!result.IsSuccess)
            return (result, false);

        if (pruneIdempotency)
            await LedgerSql.PruneIdempotencyAsync(connection, transaction, now - SqlStoreDefaults.IdempotencyRetention);
        return (result, true);
    }

    /// <summary>
    /// A savepoint's statement as a command, not <see cref="DbTransaction.SaveAsync"/>: Microsoft.Data.Sqlite compiled
    /// that one on every call (1.5 µs of each write on SQLite's writer), where a command runs on the writer's prepared
    /// statement (<see cref="Sqlite.PreparedStatementConnection"/>). Npgsql sends the same statement either way.
    /// </summary>
    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
