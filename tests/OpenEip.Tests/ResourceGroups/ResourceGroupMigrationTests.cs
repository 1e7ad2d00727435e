using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using OpenEip.Storage.Sqlite;
using OpenEip.Tests.Storage;

namespace OpenEip.Tests.ResourceGroups;

/// <summary>Migration 0013 on a database written before resource groups existed.</summary>
public sealed class ResourceGroupMigrationTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("openeip-rg-migration-").FullName;

    private string DatabasePath => Path.Combine(_directory, "openeip.db");

    [Fact]
    public async Task Existing_accounts_get_a_default_group_and_their_resources_move_into_it()
    {
        CreateDatabaseBeforeResourceGroups();

        using (new SqliteStore(new SqliteStoreOptions(DatabasePath), new FakeTimeProvider()))
        {
        }

        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        var groups = (await connection.QueryAsync<(string Id, string AccountId, string Name, string DisplayName, long IsDefault)>(
            "SELECT resource_group_id, account_id, name, display_name, is_default FROM resource_groups ORDER BY account_id")).ToList();
        Assert.Equal(["1000000000000001", "1000000000000002"], groups.Select(g => g.AccountId));
        Assert.All(groups, g =>
        {
            Assert.Matches("^rg-[a-z0-9]{15}$", g.Id);
            Assert.Equal("default", g.Name);
            Assert.Equal("Default Resource Group", g.DisplayName);
            Assert.Equal(1, g.IsDefault);
        });
        Assert.NotEqual(groups[0].Id, groups[1].Id);

        // rg-<AccountId> and a label given by hand were never real groups: both end in the default group.
        Assert.Equal(groups[0].Id, await connection.ExecuteScalarAsync<string>("SELECT resource_group_id FROM eips WHERE allocation_id = 'eip-a'"));
        Assert.Equal(groups[0].Id, await connection.ExecuteScalarAsync<string>("SELECT resource_group_id FROM eips WHERE allocation_id = 'eip-b'"));
        Assert.Equal(groups[1].Id, await connection.ExecuteScalarAsync<string>("SELECT resource_group_id FROM vpcs WHERE vpc_id = 'vpc-c'"));
        Assert.Equal(groups[1].Id, await connection.ExecuteScalarAsync<string>("SELECT resource_group_id FROM security_groups WHERE security_group_id = 'sg-c'"));
    }

    /// <summary>Applies the migrations before 0013 and writes rows as the server did then.</summary>
    private void CreateDatabaseBeforeResourceGroups()
    {
        using var connection = SqliteMigrationsBefore.Create(DatabasePath, "0013");
        connection.Execute(
            """
            INSERT INTO accounts (account_id, account_name, is_operator, creation_time) VALUES ('1000000000000001', 'a', 1, 0), ('1000000000000002', 'b', 0, 0);
            INSERT INTO eips (allocation_id, account_id, region_id, ip_address, bandwidth, internet_charge_type, instance_charge_type, isp, netmode, name,
                              description, resource_group_id, deletion_protection, security_protection_types, allocation_time, order_id)
            VALUES ('eip-a', '1000000000000001', 'cn-hangzhou', '203.0.113.1', 5, 'PayByTraffic', 'PostPaid', 'BGP', 'public', '', '', 'rg-1000000000000001', 0, '[]', 0, 1),
                   ('eip-b', '1000000000000001', 'cn-hangzhou', '203.0.113.2', 5, 'PayByTraffic', 'PostPaid', 'BGP', 'public', '', '', 'rg-made-up', 0, '[]', 0, 2);
            INSERT INTO vpcs (vpc_id, account_id, region_id, cidr_block, secondary_cidr_blocks, vpc_name, description, resource_group_id, vrouter_id, route_table_id, creation_time)
            VALUES ('vpc-c', '1000000000000002', 'cn-hangzhou', '10.0.0.0/16', '[]', '', '', 'rg-1000000000000002', 'vrt-c', 'vtb-c', 0);
            INSERT INTO security_groups (security_group_id, account_id, region_id, vpc_id, security_group_name, description, creation_time)
            VALUES ('sg-c', '1000000000000002', 'cn-hangzhou', 'vpc-c', '', '', 0);
            """);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
