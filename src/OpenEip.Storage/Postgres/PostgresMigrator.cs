using Dapper;
using Npgsql;

namespace OpenEip.Storage.Postgres;

/// <summary>
/// Applies the embedded PostgreSQL migrations in order, each in its own transaction, once. Several servers may
/// start at the same moment against one database: a transaction-scoped advisory lock makes them take turns,
/// and each re-reads what is applied under the lock, so every migration runs exactly once.
/// </summary>
public static class PostgresMigrator
{
    private const string ResourcePrefix = "OpenEip.Storage.Migrations.Postgres.";

    /// <summary>Any fixed number, the same in every server: the advisory lock the migrators take turns on.</summary>
    private const long MigrationLock = 0x4F70656E456970; // "OpenEip"

    /// <returns>The versions this call applied (empty when the database was up to date).</returns>
    public static async Task<IReadOnlyList<string>> MigrateAsync(NpgsqlDataSource database, TimeProvider clock, CancellationToken cancellationToken)
    {
        var applied = new List<string>();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        foreach (var resource in Resources())
        {
            var version = resource[ResourcePrefix.Length..];
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(@lock)", new { @lock = MigrationLock }, transaction);
            await connection.ExecuteAsync("CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT NOT NULL PRIMARY KEY, applied_at BIGINT NOT NULL)", transaction: transaction);
            var done = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM schema_migrations WHERE version = @version", new { version }, transaction);
            if (done > 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                continue;
            }

            await using (var stream = typeof(PostgresMigrator).Assembly.GetManifestResourceStream(resource)!)
            using (var reader = new StreamReader(stream))
                await connection.ExecuteAsync(await reader.ReadToEndAsync(cancellationToken), transaction: transaction);
            await connection.ExecuteAsync(
                "INSERT INTO schema_migrations (version, applied_at) VALUES (@version, @now)",
                new { version, now = clock.GetUtcNow().ToUnixTimeMilliseconds() },
                transaction);
            await transaction.CommitAsync(cancellationToken);
            applied.Add(version);
        }

        return applied;
    }

    /// <summary>The embedded migrations, in the order they apply (their file names sort as their numbers).</summary>
    public static IReadOnlyList<string> Resources() =>
        typeof(PostgresMigrator).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
}
