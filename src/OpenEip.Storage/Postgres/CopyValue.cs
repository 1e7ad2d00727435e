using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace OpenEip.Storage.Postgres;

/// <summary>
/// Writes one SQLite value into a binary COPY as the PostgreSQL column's type. Binary COPY takes each value in exactly
/// its column's type, so the value is converted here, strictly: SQLite keeps a value's own storage class (integer,
/// real, text, blob) whatever the column says, and a value that does not fit (text in a number column, a number too
/// large for an integer) stops the copy naming the column, rather than arriving changed.
/// </summary>
internal static class CopyValue
{
    public static Task WriteAsync(NpgsqlBinaryImporter import, SqliteDataReader row, int ordinal, string table, PostgresColumn column, CancellationToken cancellationToken)
    {
        if (row.IsDBNull(ordinal))
            return import.WriteNullAsync(cancellationToken);
        var value = row.GetValue(ordinal);
        return column.DataType switch
        {
            "text" or "character varying" => import.WriteAsync(value as string ?? throw Unfit(table, column, value), NpgsqlDbType.Text, cancellationToken),
            "bigint" => import.WriteAsync(value as long? ?? throw Unfit(table, column, value), NpgsqlDbType.Bigint, cancellationToken),
            "integer" => import.WriteAsync(value is long n && n is >= int.MinValue and <= int.MaxValue ? (int)n : throw Unfit(table, column, value), NpgsqlDbType.Integer, cancellationToken),
            "smallint" => import.WriteAsync(value is long s && s is >= short.MinValue and <= short.MaxValue ? (short)s : throw Unfit(table, column, value), NpgsqlDbType.Smallint, cancellationToken),
            "boolean" => import.WriteAsync(value is long b and (0 or 1) ? b == 1 : throw Unfit(table, column, value), NpgsqlDbType.Boolean, cancellationToken),
            "double precision" => import.WriteAsync(value switch { double d => d, long l => l, _ => throw Unfit(table, column, value) }, NpgsqlDbType.Double, cancellationToken),
            "bytea" => import.WriteAsync(value as byte[] ?? throw Unfit(table, column, value), NpgsqlDbType.Bytea, cancellationToken),
            _ => throw new InvalidOperationException($"The copy does not know PostgreSQL's type {column.DataType} (column {table}.{column.Name})."),
        };
    }

    private static InvalidOperationException Unfit(string table, PostgresColumn column, object value) =>
        new($"A row of SQLite's {table}.{column.Name} holds {Describe(value)}, which PostgreSQL's {column.DataType} column cannot take unchanged.");

    private static string Describe(object value) => value switch
    {
        // Not the text itself: it could be anything, and this message goes to logs.
        string s => $"text ({s.Length} characters)",
        byte[] b => $"{b.Length} bytes",
        _ => $"the number {value}",
    };
}
