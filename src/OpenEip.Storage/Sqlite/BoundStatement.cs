using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace OpenEip.Storage.Sqlite;

/// <summary>
/// One INSERT, UPDATE or DELETE of the writer, compiled once and run on SQLite's own interface: its values are bound by
/// position, looked up once per parameter name when the statement is compiled.
/// </summary>
/// <remarks>
/// Microsoft.Data.Sqlite binds a command's values by name every time it runs: for each value it converts the name to
/// UTF-8 and SQLite scans the statement's names for it. An EIP's INSERT binds about 30 values that way, and the
/// statement took 13 µs on the writer against 9 µs inside SQLite; bound by position, an Allocate's write took 3.6 µs
/// less (issue 12). Text is bound as UTF-16, which SQLite converts itself, without a managed copy. A SELECT mapped by
/// position runs on a <see cref="BoundQuery"/>; other statements that return rows stay on Microsoft.Data.Sqlite's reader.
/// </remarks>
internal sealed class BoundStatement : ICompiledStatement
{
    private readonly sqlite3 _connection;
    private readonly sqlite3_stmt _statement;
    private readonly StatementParameters _parameters;
    private readonly bool _changes;

    private BoundStatement(sqlite3 connection, sqlite3_stmt statement)
    {
        _connection = connection;
        _statement = statement;
        _parameters = new StatementParameters(connection, statement);
        _changes = raw.sqlite3_stmt_readonly(statement) == 0;
    }

    /// <summary>Compiles <paramref name="sql"/> if it is one statement that changes rows; null otherwise (the caller runs it as it always did).</summary>
    public static BoundStatement? TryPrepare(sqlite3 connection, string sql) =>
        IsChange(sql) && Compile(connection, sql).Statement is { } statement ? new BoundStatement(connection, statement) : null;

    /// <summary>Compiles <paramref name="sql"/>, one INSERT, UPDATE or DELETE.</summary>
    /// <exception cref="SqliteException">The SQL does not compile.</exception>
    /// <exception cref="ArgumentException">The SQL is not one statement that changes rows.</exception>
    public static BoundStatement Prepare(sqlite3 connection, string sql)
    {
        if (IsChange(sql))
        {
            var (statement, rc) = Compile(connection, sql);
            if (statement is not null)
                return new BoundStatement(connection, statement);
            if (rc != raw.SQLITE_OK)
                SqliteException.ThrowExceptionForRC(rc, connection);
        }

        throw new ArgumentException("one INSERT, UPDATE or DELETE", nameof(sql));
    }

    /// <summary>
    /// Binds the values by their names (prefixed as the SQL spells them) and runs the statement.
    /// </summary>
    /// <returns>The rows changed, or null when nothing ran: a value is of a type this binder leaves to Microsoft.Data.Sqlite, or the database is locked.</returns>
    public int? TryRun(SqliteParameterCollection values, Func<string, string> prefixed)
    {
        var bound = 0;
        try
        {
            foreach (SqliteParameter value in values)
            {
                if (!_parameters.TryGetPosition(prefixed(value.ParameterName), out var position))
                    continue;
                if (!TryBind(position, value))
                {
                    Clear();
                    return null;
                }

                bound++;
            }
        }
        catch
        {
            Clear();
            throw;
        }

        if (bound != _parameters.Count)
        {
            // Microsoft.Data.Sqlite names the missing values in its error.
            Clear();
            return null;
        }

        return Step(fallBackWhenLocked: true);
    }

    /// <summary>
    /// Binds the parameter object's properties by the names the SQL spells (<see cref="ParameterValues"/>) and runs the
    /// statement: the store's INSERT, UPDATE and DELETE without Dapper's command.
    /// </summary>
    /// <returns>The rows changed, or null when nothing ran: a value is of a type, or a name is missing, that this binder leaves to Dapper, or the database is locked.</returns>
    public int? TryRun(object? parameters, ParameterValues.Property[] properties)
    {
        try
        {
            if (!_parameters.TryBindAll(parameters, properties))
            {
                Clear();
                return null;
            }
        }
        catch
        {
            Clear();
            throw;
        }

        return Step(fallBackWhenLocked: true);
    }

    /// <summary>Binds text (or NULL) at <paramref name="position"/>, counted from 1.</summary>
    public BoundStatement Bind(int position, string? text) =>
        Check(text is null ? raw.sqlite3_bind_null(_statement, position) : raw.sqlite3_bind_text16(_statement, position, text));

    /// <summary>Binds an integer at <paramref name="position"/>, counted from 1.</summary>
    public BoundStatement Bind(int position, long number) => Check(raw.sqlite3_bind_int64(_statement, position, number));

    /// <summary>Runs the statement with the values bound by position, then clears them.</summary>
    /// <returns>The rows changed.</returns>
    public int Run() => Step(fallBackWhenLocked: false)!.Value;

    /// <summary>The rowid of the connection's last insert (this statement's, when it inserted a row).</summary>
    public long LastInsertRowId => raw.sqlite3_last_insert_rowid(_connection);

    /// <inheritdoc/>
    public bool IsOn(sqlite3? connection) => ReferenceEquals(connection, _connection);

    public void Dispose() => _statement.Dispose();

    private int? Step(bool fallBackWhenLocked)
    {
        try
        {
            int rc;
            while ((rc = raw.sqlite3_step(_statement)) == raw.SQLITE_ROW)
            {
            }

            // Nothing ran: Microsoft.Data.Sqlite's path waits for the lock as long as the command's timeout allows.
            if (fallBackWhenLocked && rc is raw.SQLITE_BUSY or raw.SQLITE_LOCKED)
                return null;
            if (rc != raw.SQLITE_DONE)
                SqliteException.ThrowExceptionForRC(rc, _connection);
            return _changes ? raw.sqlite3_changes(_connection) : -1;
        }
        finally
        {
            Clear();
        }
    }

    private void Clear() => _parameters.Clear();

    private BoundStatement Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
            SqliteException.ThrowExceptionForRC(rc, _connection);
        return this;
    }

    /// <summary>Compiles one statement to be kept (<see cref="BoundQuery"/> compiles its SELECTs here too).</summary>
    /// <returns>The statement, or null with SQLite's code (OK when the text held more than one statement).</returns>
    internal static (sqlite3_stmt? Statement, int Rc) Compile(sqlite3 connection, string sql)
    {
        var rc = raw.sqlite3_prepare_v3(connection, sql, raw.SQLITE_PREPARE_PERSISTENT, out var statement, out var tail);
        if (rc == raw.SQLITE_OK && statement is not null && string.IsNullOrWhiteSpace(tail))
            return (statement, rc);
        statement?.Dispose();
        return (null, rc);
    }

    private static bool IsChange(string sql)
    {
        var text = sql.AsSpan().TrimStart();
        return text.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The types Dapper passes for the store's columns, when Dapper typed them as their values' types.</summary>
    private bool TryBind(int position, SqliteParameter parameter)
    {
        var typed = parameter.Value switch
        {
            null or DBNull => true,
            string => parameter.SqliteType == SqliteType.Text,
            long or int or bool => parameter.SqliteType == SqliteType.Integer,
            double => parameter.SqliteType == SqliteType.Real,
            _ => false,
        };
        return typed && _parameters.TryBind(position, parameter.Value);
    }
}
