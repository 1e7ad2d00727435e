namespace OpenEip.Tests.Postgres;

/// <summary>One throwaway PostgreSQL server for every test that needs one (each test takes its own database).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<ThrowawayPostgres>
{
    public const string Name = "PostgreSQL";
}
