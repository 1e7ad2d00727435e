namespace OpenEip.Tests.Postgres;

/// <summary>A test that needs a throwaway PostgreSQL: skipped, saying why, where none can run.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (ThrowawayPostgres.SkipReason is { } reason)
            Skip = reason;
    }
}
