namespace OpenEip.Storage.Postgres;

/// <summary>A table of the PostgreSQL schema and its columns in their order.</summary>
internal sealed record PostgresTable(string Name, IReadOnlyList<PostgresColumn> Columns);
