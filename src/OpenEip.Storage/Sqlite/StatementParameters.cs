using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace OpenEip.Storage.Sqlite;

/// <summary>
/// A compiled statement's parameters, each name's position looked up once, and values bound to them on SQLite's own
/// interface as Dapper and Microsoft.Data.Sqlite bind them (<see cref="BoundStatement"/>, <see cref="BoundQuery"/>).
/// </summary>
internal sealed class StatementParameters
{
    private readonly sqlite3 _connection;
    private readonly sqlite3_stmt _statement;
    private readonly Dictionary<string, int> _positions;

    public StatementParameters(sqlite3 connection, sqlite3_stmt statement)
    {
        _connection = connection;
        _statement = statement;
        var count = raw.sqlite3_bind_parameter_count(statement);
        _positions = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var position = 1; position <= count; position++)
        {
            if (raw.sqlite3_bind_parameter_name(statement, position).utf8_to_string() is { } name)
                _positions[name] = position;
        }
    }

    /// <summary>How many distinct names the statement has: each must be bound for it to run.</summary>
    public int Count => _positions.Count;

    public bool TryGetPosition(string name, out int position) => _positions.TryGetValue(name, out position);

    /// <summary>Binds the properties whose names the statement spells; false when one is of a type left to Dapper, or a name has no value.</summary>
    public bool TryBindAll(object? parameters, ParameterValues.Property[] properties)
    {
        var bound = 0;
        foreach (var property in properties)
        {
            if (!_positions.TryGetValue(property.Name, out var position))
                continue;
            if (!TryBind(position, property.ValueOf(parameters!)))
                return false;
            bound++;
        }

        // Microsoft.Data.Sqlite names a missing value in its error.
        return bound == _positions.Count;
    }

    /// <summary>Binds a value of a type the store passes; false for any other (nothing bound).</summary>
    /// <exception cref="SqliteException">SQLite refused the value.</exception>
    public bool TryBind(int position, object? value)
    {
        var rc = value switch
        {
            null or DBNull => raw.sqlite3_bind_null(_statement, position),
            string text => raw.sqlite3_bind_text16(_statement, position, text),
            long number => raw.sqlite3_bind_int64(_statement, position, number),
            int number => raw.sqlite3_bind_int64(_statement, position, number),
            bool flag => raw.sqlite3_bind_int64(_statement, position, flag ? 1 : 0),
            double real => raw.sqlite3_bind_double(_statement, position, real),
            _ => -1,
        };
        if (rc == -1)
            return false;
        if (rc != raw.SQLITE_OK)
            SqliteException.ThrowExceptionForRC(rc, _connection);
        return true;
    }

    /// <summary>Resets the statement and clears its values, for its next run.</summary>
    public void Clear()
    {
        raw.sqlite3_reset(_statement);
        raw.sqlite3_clear_bindings(_statement);
    }
}
