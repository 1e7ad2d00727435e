namespace OpenEip.Storage.Postgres;

/// <summary>What <see cref="SqliteToPostgres"/> did, for the operator.</summary>
/// <param name="Database">The PostgreSQL database written.</param>
/// <param name="Migrations">The PostgreSQL migrations applied before the copy (empty when the schema was there).</param>
/// <param name="Tables">Every table copied, in the order copied (foreign keys first).</param>
public sealed record SqliteToPostgresReport(string Database, IReadOnlyList<string> Migrations, IReadOnlyList<CopiedTable> Tables)
{
    public long Rows => Tables.Sum(t => t.Rows);
}
