namespace OpenEip.Storage.Postgres;

/// <summary>One table the move to PostgreSQL copied, and how many rows.</summary>
public sealed record CopiedTable(string Name, long Rows);
