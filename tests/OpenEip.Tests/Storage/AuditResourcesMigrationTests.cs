using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using OpenEip.Core.Calls;
using OpenEip.Storage.Sqlite;

namespace OpenEip.Tests.Storage;

/// <summary>Migration 0022 on a database whose audit resources were keyed by (resource_id, event_id).</summary>
public sealed class AuditResourcesMigrationTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("openeip-audit-migration-").FullName;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));

    private string DatabasePath => Path.Combine(_directory, "openeip.db");

    [Fact]
    public async Task Events_keep_their_resources_under_the_new_key_and_a_deleted_event_still_takes_its_resources_along()
    {
        var time = _clock.GetUtcNow().ToUnixTimeMilliseconds();
        using (var old = SqliteMigrationsBefore.Create(DatabasePath, "0022"))
        {
            old.Execute(
                """
                INSERT INTO audit_events (event_id, event_time, account_id, access_key_id, action, version, request_id, source_ip_address, parameters)
                VALUES ('0193a000-0000-7000-8000-000000000001', @time, '1000000000000001', 'LTAIkey', 'AssociateEipAddress', '2016-04-28', 'R1', '127.0.0.1', '{}'),
                       ('0193a000-0000-7000-8000-000000000002', @later, '1000000000000001', 'LTAIkey', 'UnassociateEipAddress', '2016-04-28', 'R2', '127.0.0.1', '{}')
                """, new { time, later = time + 1 });
            old.Execute(
                """
                INSERT INTO audit_event_resources (event_id, resource_id)
                VALUES ('0193a000-0000-7000-8000-000000000001', 'eip-a'), ('0193a000-0000-7000-8000-000000000001', 'i-b'),
                       ('0193a000-0000-7000-8000-000000000002', 'eip-a')
                """);
        }

        using var store = new SqliteStore(new SqliteStoreOptions(DatabasePath), _clock);
        var byEip = await store.FindEventsAsync(new AuditQuery { ResourceId = "eip-a" }, CancellationToken.None);
        var byInstance = await store.FindEventsAsync(new AuditQuery { ResourceId = "i-b" }, CancellationToken.None);

        Assert.Equal(2, byEip.TotalCount);
        Assert.Equal(["R2", "R1"], byEip.Items.Select(e => e.RequestId));
        Assert.Equal(["eip-a", "i-b"], byEip.Items[1].ResourceIds);
        Assert.Equal(["R1"], byInstance.Items.Select(e => e.RequestId));

        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Foreign Keys=True");
        await connection.OpenAsync();
        Assert.Equal(["event_id", "resource_id"], (await connection.QueryAsync<string>(
            "SELECT name FROM pragma_table_info('audit_event_resources') WHERE pk > 0 ORDER BY pk")).ToList());
        await connection.ExecuteAsync("DELETE FROM audit_events WHERE request_id = 'R1'");
        Assert.Equal(["eip-a"], (await connection.QueryAsync<string>("SELECT resource_id FROM audit_event_resources")).ToList());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
