using System.Data.Common;
using Dapper;
using OpenEip.Core.Ports;
using OpenEip.Core.ResourceGroups;

namespace OpenEip.Storage.Sql;

internal sealed class ResourceGroupRecords(SqlCommands db) : IResourceGroupRecords
{
    private const string Columns =
        "resource_group_id AS ResourceGroupId, account_id AS AccountId, name AS Name, display_name AS DisplayName, is_default AS IsDefault, creation_time AS CreationTime";

    // Each grouped resource's table, id column and the rows that count as existing.
    private static readonly Dictionary<GroupedResource, (string Table, string IdColumn, string Live)> Tables = new()
    {
        [GroupedResource.Eip] = ("eips", "allocation_id", "released_time IS NULL"),
        [GroupedResource.Vpc] = ("vpcs", "vpc_id", "1 = 1"),
        [GroupedResource.HaVip] = ("havips", "havip_id", "1 = 1"),
        [GroupedResource.NatGateway] = ("nat_gateways", "nat_gateway_id", "1 = 1"),
        [GroupedResource.SecurityGroup] = ("security_groups", "security_group_id", "1 = 1"),
        [GroupedResource.Instance] = ("instances", "instance_id", "1 = 1"),
        [GroupedResource.NetworkInterface] = ("network_interfaces", "network_interface_id", "1 = 1"),
        [GroupedResource.ClassicLoadBalancer] = ("classic_load_balancers", "load_balancer_id", "1 = 1"),
        [GroupedResource.ZonalLoadBalancer] = ("zonal_load_balancers", "load_balancer_id", "1 = 1"),
    };

    public Task InsertAsync(ResourceGroup group) =>
        db.ExecuteAsync(
            """
            INSERT INTO resource_groups (resource_group_id, account_id, name, display_name, is_default, creation_time)
            VALUES (@ResourceGroupId, @AccountId, @Name, @DisplayName, @IsDefault, @CreationTime)
            """,
            new { group.ResourceGroupId, group.AccountId, group.Name, group.DisplayName, IsDefault = group.IsDefault ? 1 : 0, CreationTime = UnixTime.ToDb(group.CreationTime) });

    public async Task<ResourceGroup?> FindAsync(string? accountId, string resourceGroupId) =>
        (await db.QuerySingleOrDefaultAsync<Row>(
            $"SELECT {Columns} FROM resource_groups WHERE (@accountId IS NULL OR account_id = @accountId) AND resource_group_id = @resourceGroupId",
            new { accountId, resourceGroupId }))?.ToGroup();

    public async Task<ResourceGroup?> FindDefaultAsync(string accountId) =>
        (await db.QuerySingleOrDefaultAsync<Row>(
            $"SELECT {Columns} FROM resource_groups WHERE account_id = @accountId AND is_default = 1", new { accountId }))?.ToGroup();

    public Task<string?> FindDefaultIdAsync(string accountId) =>
        db.ExecuteScalarAsync<string>("SELECT resource_group_id FROM resource_groups WHERE account_id = @accountId AND is_default = 1", new { accountId });

    public async Task<bool> ExistsAsync(string accountId, string resourceGroupId) =>
        await db.ExecuteScalarAsync<string>(
            "SELECT resource_group_id FROM resource_groups WHERE account_id = @accountId AND resource_group_id = @resourceGroupId",
            new { accountId, resourceGroupId }) is not null;

    public async Task<ResourceGroup?> FindByNameAsync(string accountId, string name) =>
        (await db.QuerySingleOrDefaultAsync<Row>(
            $"SELECT {Columns} FROM resource_groups WHERE account_id = @accountId AND name = @name", new { accountId, name }))?.ToGroup();

    public async Task<IReadOnlyList<ResourceGroup>> ListAsync(string? accountId) =>
        (await db.QueryAsync<Row>(
            $"SELECT {Columns} FROM resource_groups WHERE @accountId IS NULL OR account_id = @accountId ORDER BY creation_time, resource_group_id",
            new { accountId })).Select(r => r.ToGroup()).ToList();

    public Task DeleteAsync(string resourceGroupId) =>
        db.ExecuteAsync("DELETE FROM resource_groups WHERE resource_group_id = @resourceGroupId", new { resourceGroupId });

    public async Task<IReadOnlyList<string>> ListMembersAsync(string resourceGroupId, int limit)
    {
        var union = string.Join(" UNION ALL ", Tables.Values.Select(t =>
            $"SELECT {t.IdColumn} AS id FROM {t.Table} WHERE resource_group_id = @resourceGroupId AND {t.Live}"));
        return (await db.QueryAsync<string>($"SELECT id FROM ({union}) AS members ORDER BY id LIMIT @limit", new { resourceGroupId, limit })).ToList();
    }

    public async Task<bool> MoveAsync(GroupedResource kind, string accountId, string regionId, string resourceId, string resourceGroupId)
    {
        var (table, idColumn, live) = Tables[kind];
        return await db.ExecuteAsync(
            $"UPDATE {table} SET resource_group_id = @resourceGroupId WHERE {idColumn} = @resourceId AND account_id = @accountId AND region_id = @regionId AND {live}",
            new { resourceGroupId, resourceId, accountId, regionId }) == 1;
    }

    private sealed class Row
    {
        public string ResourceGroupId { get; init; } = "";
        public string AccountId { get; init; } = "";
        public string Name { get; init; } = "";
        public string DisplayName { get; init; } = "";
        public long IsDefault { get; init; }
        public long CreationTime { get; init; }

        public ResourceGroup ToGroup() => new()
        {
            ResourceGroupId = ResourceGroupId, AccountId = AccountId, Name = Name, DisplayName = DisplayName,
            IsDefault = IsDefault == 1, CreationTime = UnixTime.FromDb(CreationTime),
        };
    }
}
