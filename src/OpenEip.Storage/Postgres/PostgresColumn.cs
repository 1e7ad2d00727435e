namespace OpenEip.Storage.Postgres;

/// <summary>A column of a PostgreSQL table as the catalogue describes it.</summary>
/// <param name="DataType">information_schema's name of its type (<c>text</c>, <c>bigint</c>, <c>integer</c>...).</param>
/// <param name="IsIdentity">Numbered by the database (<c>GENERATED ... AS IDENTITY</c>).</param>
internal sealed record PostgresColumn(string Name, string DataType, bool IsIdentity);
