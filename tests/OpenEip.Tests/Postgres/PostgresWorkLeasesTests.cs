using Npgsql;
using OpenEip.Storage.Postgres;

namespace OpenEip.Tests.Postgres;

/// <summary>Background work runs in one server at a time, and moves to a survivor when its server goes (issue 11).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresWorkLeasesTests(ThrowawayPostgres postgres)
{
    [PostgresFact]
    public async Task A_lease_is_held_by_one_server_at_a_time_and_passes_on_when_its_holder_lets_go()
    {
        var connectionString = await postgres.NewConnectionStringAsync();
        var first = new PostgresWorkLeases(connectionString);
        await using var second = new PostgresWorkLeases(connectionString);

        Assert.True(await first.HoldsAsync("reconciler", CancellationToken.None));
        Assert.True(await first.HoldsAsync("reconciler", CancellationToken.None));
        Assert.False(await second.HoldsAsync("reconciler", CancellationToken.None));
        Assert.True(await second.HoldsAsync("billing-sweep", CancellationToken.None));

        await first.DisposeAsync();

        Assert.True(await second.HoldsAsync("reconciler", CancellationToken.None));
    }

    [PostgresFact]
    public async Task A_holder_whose_session_dies_loses_the_lease_to_a_survivor_and_knows_it()
    {
        var connectionString = await postgres.NewConnectionStringAsync();
        await using var first = new PostgresWorkLeases(connectionString);
        await using var second = new PostgresWorkLeases(connectionString);
        Assert.True(await first.HoldsAsync("reconciler", CancellationToken.None));

        // As when the holder's process is killed: PostgreSQL ends its session, and the lock with it.
        await using (var admin = new NpgsqlConnection(connectionString))
        {
            await admin.OpenAsync();
            await using var kill = new NpgsqlCommand(
                "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND pid <> pg_backend_pid() " +
                "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())", admin);
            await kill.ExecuteNonQueryAsync();
        }

        Assert.True(await second.HoldsAsync("reconciler", CancellationToken.None));
        Assert.False(await first.HoldsAsync("reconciler", CancellationToken.None));
    }
}
