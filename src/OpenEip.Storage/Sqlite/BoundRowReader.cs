using System.Collections;
using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace OpenEip.Storage.Sqlite;

/// <summary>
/// The rows of a <see cref="BoundQuery"/>, read column by column on SQLite's own interface, for the store's row
/// mappers (<c>EipRow.Read</c> and its kind, which read by position). Values read as Microsoft.Data.Sqlite reads them:
/// an integer, a real, text (UTF-8 in the database), a blob; a typed getter on NULL throws the same
/// <see cref="InvalidOperationException"/>.
/// </summary>
internal sealed class BoundRowReader(sqlite3 connection, sqlite3_stmt statement) : DbDataReader
{
    private bool _closed;

    // The storage class each column last had in this run of the statement: a NULL reports it, as Microsoft.Data.Sqlite's
    // reader does (and the column's declared type before any value).
    private int?[] _seen = [];

    public override int FieldCount => raw.sqlite3_column_count(statement);

    public override int Depth => 0;

    public override bool HasRows => throw new NotSupportedException("a bound query's rows are read with Read");

    public override bool IsClosed => _closed;

    public override int RecordsAffected => -1;

    public override object this[int ordinal] => GetValue(ordinal);

    public override object this[string name] => GetValue(GetOrdinal(name));

    public override bool Read()
    {
        var rc = raw.sqlite3_step(statement);
        if (rc == raw.SQLITE_ROW)
            return true;
        if (rc != raw.SQLITE_DONE)
            SqliteException.ThrowExceptionForRC(rc, connection);
        return false;
    }

    public override bool NextResult() => false;

    public override void Close() => _closed = true;

    public override bool IsDBNull(int ordinal) => raw.sqlite3_column_type(statement, ordinal) == raw.SQLITE_NULL;

    // One native call a value where it can: SQLite reads a NULL as 0 (or a null pointer for text), so only then is the
    // column's type asked for. A mapper reads 43 columns of an EIP.
    public override long GetInt64(int ordinal)
    {
        var value = raw.sqlite3_column_int64(statement, ordinal);
        return value == 0 && IsDBNull(ordinal) ? throw NullValue(ordinal) : value;
    }

    public override int GetInt32(int ordinal) => checked((int)GetInt64(ordinal));

    public override short GetInt16(int ordinal) => checked((short)GetInt64(ordinal));

    public override byte GetByte(int ordinal) => checked((byte)GetInt64(ordinal));

    public override bool GetBoolean(int ordinal) => GetInt64(ordinal) != 0;

    public override double GetDouble(int ordinal)
    {
        var value = raw.sqlite3_column_double(statement, ordinal);
        return value == 0 && IsDBNull(ordinal) ? throw NullValue(ordinal) : value;
    }

    public override float GetFloat(int ordinal) => (float)GetDouble(ordinal);

    public override decimal GetDecimal(int ordinal) =>
        raw.sqlite3_column_type(statement, ordinal) == raw.SQLITE_TEXT
            ? decimal.Parse(GetString(ordinal), NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture)
            : (decimal)GetDouble(ordinal);

    public override string GetString(int ordinal) => raw.sqlite3_column_text(statement, ordinal).utf8_to_string() ?? throw NullValue(ordinal);

    public override char GetChar(int ordinal) => GetString(ordinal) is [var first, ..] ? first : throw new InvalidCastException($"The text at ordinal {ordinal} is empty.");

    public override DateTime GetDateTime(int ordinal) => throw Unsupported(nameof(GetDateTime));

    public override Guid GetGuid(int ordinal) => throw Unsupported(nameof(GetGuid));

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => throw Unsupported(nameof(GetBytes));

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) => throw Unsupported(nameof(GetChars));

    public override object GetValue(int ordinal) => raw.sqlite3_column_type(statement, ordinal) switch
    {
        raw.SQLITE_INTEGER => raw.sqlite3_column_int64(statement, ordinal),
        raw.SQLITE_FLOAT => raw.sqlite3_column_double(statement, ordinal),
        raw.SQLITE_TEXT => raw.sqlite3_column_text(statement, ordinal).utf8_to_string(),
        raw.SQLITE_BLOB => raw.sqlite3_column_blob(statement, ordinal).ToArray(),
        _ => DBNull.Value,
    };

    public override int GetValues(object[] values)
    {
        var count = Math.Min(values.Length, FieldCount);
        for (var i = 0; i < count; i++)
            values[i] = GetValue(i);
        return count;
    }

    public override Type GetFieldType(int ordinal)
    {
        var type = raw.sqlite3_column_type(statement, ordinal);
        if (type == raw.SQLITE_NULL)
        {
            if (_seen[ordinal] is not { } seen)
                return DeclaredType(ordinal);
            type = seen;
        }
        else
        {
            _seen[ordinal] = type;
        }

        return type switch
        {
            raw.SQLITE_INTEGER => typeof(long),
            raw.SQLITE_FLOAT => typeof(double),
            raw.SQLITE_TEXT => typeof(string),
            _ => typeof(byte[]),
        };
    }

    /// <summary>Called before each run of the statement.</summary>
    internal void Start()
    {
        var columns = raw.sqlite3_column_count(statement);
        if (_seen.Length != columns)
            _seen = new int?[columns];
        else
            Array.Clear(_seen);
    }

    public override string GetDataTypeName(int ordinal) => raw.sqlite3_column_decltype(statement, ordinal).utf8_to_string() ?? "";

    public override string GetName(int ordinal) => raw.sqlite3_column_name(statement, ordinal).utf8_to_string();

    public override int GetOrdinal(string name)
    {
        for (var i = 0; i < FieldCount; i++)
        {
            if (string.Equals(GetName(i), name, StringComparison.OrdinalIgnoreCase))
                return i;
        }

        throw new ArgumentOutOfRangeException(nameof(name), name, "no column of that name");
    }

    public override IEnumerator GetEnumerator() => new DbEnumerator(this);

    /// <summary>A NULL's type by its column's declared type, by SQLite's affinity rules, as Microsoft.Data.Sqlite reports it.</summary>
    private Type DeclaredType(int ordinal)
    {
        var declared = raw.sqlite3_column_decltype(statement, ordinal).utf8_to_string()?.ToUpperInvariant() ?? "";
        if (declared.Contains("INT", StringComparison.Ordinal))
            return typeof(long);
        if (declared.Contains("CHAR", StringComparison.Ordinal) || declared.Contains("CLOB", StringComparison.Ordinal) || declared.Contains("TEXT", StringComparison.Ordinal))
            return typeof(string);
        if (declared.Length == 0 || declared.Contains("BLOB", StringComparison.Ordinal))
            return typeof(byte[]);
        return typeof(double);
    }

    /// <summary>What a typed getter throws on NULL, as Microsoft.Data.Sqlite's does.</summary>
    private static InvalidOperationException NullValue(int ordinal) =>
        new($"The data is NULL at ordinal {ordinal}. This method can't be called on NULL values. Check using IsDBNull before calling.");

    private static NotSupportedException Unsupported(string method) =>
        new($"{method}: the store's row mappers read integers, reals and text; a bound query's reader does not convert to other types.");
}
