using System.Data.Common;
using Dapper;
using OpenEip.Core.Eips;
using OpenEip.Storage.Sqlite;

namespace OpenEip.Storage.Sql;

/// <summary>
/// One store call's connection, transaction and cancellation token: every statement a record runs goes through here,
/// so each carries the transaction and the token of the call that opened the session. A caller that goes away (the
/// client disconnects, the server stops) cancels the statement in flight, and the rollback that follows leaves nothing
/// behind. The token rides on the session rather than on each record method because a session never outlives its
/// call: one token per session cannot be forgotten or mixed up at any of the record calls a use case makes.
/// </summary>
internal sealed class SqlCommands(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
{
    public DbConnection Connection => connection;

    public CancellationToken CancellationToken => cancellationToken;

    /// <summary>Set by the records that change AccessKeys; the store reads it after the commit (<c>ICredentialChanges</c>).</summary>
    public bool CredentialsChanged { get; set; }

    /// <summary>A statement that changes rows; on SQLite's writer, on a statement of its own without Dapper (issue 12).</summary>
    public async Task<int> ExecuteAsync(string sql, object? parameters = null) =>
        connection is PreparedStatementConnection prepared && prepared.TryExecute(sql, parameters, cancellationToken) is { } changed
            ? changed
            : await connection.ExecuteAsync(Command(sql, parameters));

    public Task<T?> ExecuteScalarAsync<T>(string sql, object? parameters = null) => connection.ExecuteScalarAsync<T>(Command(sql, parameters));

    public Task<IEnumerable<T>> QueryAsync<T>(string sql, object? parameters = null) => connection.QueryAsync<T>(Command(sql, parameters));

    public Task<T?> QueryFirstOrDefaultAsync<T>(string sql, object? parameters = null) => connection.QueryFirstOrDefaultAsync<T>(Command(sql, parameters));

    public Task<T?> QuerySingleOrDefaultAsync<T>(string sql, object? parameters = null) => connection.QuerySingleOrDefaultAsync<T>(Command(sql, parameters));

    /// <summary>EIPs with their bindings, each row mapped by <see cref="EipRow.Read"/>: select <see cref="EipRow.Columns"/>.</summary>
    public Task<List<Eip>> QueryEipsAsync(string sql, object? parameters = null) => QueryRowsAsync(sql, parameters, EipRow.Read);

    /// <summary>Rows mapped by column position with <paramref name="read"/>: Dapper binds the parameters, but maps nothing.</summary>
    public async Task<List<T>> QueryRowsAsync<T>(string sql, object? parameters, Func<DbDataReader, T> read)
    {
        // SQLite's writer and readers run such a query on a statement of their own, without Dapper (issue 12).
        if (connection is PreparedStatementConnection prepared && prepared.TryQueryRows(sql, parameters, read, cancellationToken) is { } bound)
            return bound;
        // Disposed synchronously: Dapper's wrapped reader disposes its command in Dispose, but DisposeAsync left every
        // command undisposed, and on the writer's prepared-statement connection the commands then piled up (Associate
        // ran at a third of its rate, issue 12).
        using var reader = await connection.ExecuteReaderAsync(Command(sql, parameters));
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(read(reader));
        return rows;
    }

    /// <summary>A list membership test in this engine's form (<see cref="SqlLists.In"/>).</summary>
    public string In(string column, string parameter) => connection.In(column, parameter);

    private CommandDefinition Command(string sql, object? parameters) =>
        new(sql, parameters, transaction, cancellationToken: cancellationToken);
}
