using System.ComponentModel;
using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace OpenEip.Storage.Sqlite;

/// <summary>
/// A command of <see cref="PreparedStatementConnection"/>: it gathers what Dapper sets (text, parameters, transaction)
/// and runs it on the connection's prepared statement for that text.
/// </summary>
[DesignerCategory("")]
internal sealed class PreparedStatementCommand(PreparedStatementConnection connection) : DbCommand
{
    // Holds Dapper's parameters until the statement runs; never executed itself.
    private readonly SqliteCommand _parameters = new();
    private SqliteCommand? _rented;

    [AllowNull]
    public override string CommandText { get; set; } = "";

    public override int CommandTimeout { get; set; } = 30;

    public override CommandType CommandType { get; set; } = CommandType.Text;

    public override bool DesignTimeVisible { get; set; }

    public override UpdateRowSource UpdatedRowSource { get; set; }

    protected override DbConnection? DbConnection
    {
        get => connection;
        set
        {
            if (value is not null && value != connection)
                throw new NotSupportedException("a prepared-statement command stays on its connection");
        }
    }

    protected override DbParameterCollection DbParameterCollection => _parameters.Parameters;

    protected override DbTransaction? DbTransaction { get; set; }

    public override void Cancel() => _rented?.Cancel();

    public override int ExecuteNonQuery() => connection.TryRunBound(CommandText, _parameters.Parameters) ?? Prepared().ExecuteNonQuery();

    public override object? ExecuteScalar() => Prepared().ExecuteScalar();

    public override void Prepare()
    {
        // Prepared when it first runs, and kept by the connection.
    }

    protected override DbParameter CreateDbParameter() => new SqliteParameter();

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => Prepared().ExecuteReader(behavior);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            if (_rented is not null)
                connection.Return(_rented);
            _rented = null;
            _parameters.Dispose();
        }

        base.Dispose(disposing);
    }

    private SqliteCommand Prepared()
    {
        if (_rented is not null && _rented.CommandText != CommandText)
        {
            connection.Return(_rented);
            _rented = null;
        }

        _rented ??= connection.Rent(CommandText);
        _rented.Parameters.Clear();
        foreach (SqliteParameter parameter in _parameters.Parameters)
        {
            parameter.ParameterName = connection.Prefixed(parameter.ParameterName);
            _rented.Parameters.Add(parameter);
        }

        _rented.Transaction = (SqliteTransaction?)DbTransaction;
        _rented.CommandTimeout = CommandTimeout;
        return _rented;
    }
}
