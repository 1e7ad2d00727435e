using System.Data.Common;
using System.Text.Json;
using Dapper;
using OpenEip.Core.LoadBalancers;
using OpenEip.Core.Ports;

namespace OpenEip.Storage.Sql;

internal sealed class LoadBalancerRecords(SqlCommands db) : ILoadBalancerRecords
{
    private const string ClassicColumns =
        "load_balancer_id AS LoadBalancerId, account_id AS AccountId, region_id AS RegionId, load_balancer_name AS LoadBalancerName, address_type AS AddressType, " +
        "address AS Address, vpc_id AS VpcId, vswitch_id AS VSwitchId, master_zone_id AS MasterZoneId, creation_time AS CreationTime, resource_group_id AS ResourceGroupId";

    public Task InsertClassicAsync(ClassicLoadBalancer lb) =>
        db.ExecuteAsync(
            """
            INSERT INTO classic_load_balancers (load_balancer_id, account_id, region_id, load_balancer_name, address_type, address, vpc_id, vswitch_id, master_zone_id, creation_time,
                                                resource_group_id)
            VALUES (@LoadBalancerId, @AccountId, @RegionId, @LoadBalancerName, @AddressType, @Address, @VpcId, @VSwitchId, @MasterZoneId, @CreationTime, @ResourceGroupId)
            """,
            new { lb.LoadBalancerId, lb.AccountId, lb.RegionId, lb.LoadBalancerName, lb.AddressType, lb.Address, lb.VpcId, lb.VSwitchId, lb.MasterZoneId, CreationTime = UnixTime.ToDb(lb.CreationTime), lb.ResourceGroupId });

    public Task DeleteClassicAsync(string loadBalancerId) =>
        db.ExecuteAsync("DELETE FROM classic_load_balancers WHERE load_balancer_id = @loadBalancerId", new { loadBalancerId });

    public async Task<ClassicLoadBalancer?> FindClassicAsync(string accountId, string loadBalancerId) =>
        (await db.QuerySingleOrDefaultAsync<ClassicRow>(
            $"SELECT {ClassicColumns} FROM classic_load_balancers WHERE account_id = @accountId AND load_balancer_id = @loadBalancerId", new { accountId, loadBalancerId }))?.ToLoadBalancer();

    public async Task<Page<ClassicLoadBalancer>> QueryClassicAsync(ComputeQuery query, string? addressType)
    {
        var where = $"""
            account_id = @AccountId AND region_id = @RegionId AND (@AnyId = 1 OR {db.In("load_balancer_id", "@Ids")}) AND (@VpcId IS NULL OR vpc_id = @VpcId)
            AND (@VSwitchId IS NULL OR vswitch_id = @VSwitchId) AND (@AddressType IS NULL OR address_type = @AddressType)
            AND (@ResourceGroupId IS NULL OR resource_group_id = @ResourceGroupId)
            """;
        var parameters = new
        {
            query.AccountId, query.RegionId, AnyId = query.Ids.Count == 0 ? 1 : 0, query.Ids, query.VpcId, query.VSwitchId, AddressType = addressType, query.ResourceGroupId,
            Limit = query.PageSize, Offset = (long)(query.PageNumber - 1) * query.PageSize,
        };
        var total = await db.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM classic_load_balancers WHERE {where}", parameters);
        var rows = await db.QueryAsync<ClassicRow>($"SELECT {ClassicColumns} FROM classic_load_balancers WHERE {where} ORDER BY creation_time DESC, load_balancer_id LIMIT @Limit OFFSET @Offset", parameters);
        return new Page<ClassicLoadBalancer>(rows.Select(r => r.ToLoadBalancer()).ToList(), total);
    }

    private const string ZonalColumns =
        "load_balancer_id AS LoadBalancerId, account_id AS AccountId, region_id AS RegionId, kind AS Kind, load_balancer_name AS LoadBalancerName, " +
        "address_type AS AddressType, vpc_id AS VpcId, zone_mappings AS ZoneMappings, creation_time AS CreationTime, resource_group_id AS ResourceGroupId";

    public Task InsertZonalAsync(ZonalLoadBalancer lb) =>
        db.ExecuteAsync(
            """
            INSERT INTO zonal_load_balancers (load_balancer_id, account_id, region_id, kind, load_balancer_name, address_type, vpc_id, zone_mappings, creation_time, resource_group_id)
            VALUES (@LoadBalancerId, @AccountId, @RegionId, @Kind, @LoadBalancerName, @AddressType, @VpcId, @ZoneMappings, @CreationTime, @ResourceGroupId)
            """,
            ZonalParameters(lb));

    public Task UpdateZonalAsync(ZonalLoadBalancer lb) =>
        db.ExecuteAsync(
            "UPDATE zonal_load_balancers SET load_balancer_name = @LoadBalancerName, address_type = @AddressType, zone_mappings = @ZoneMappings WHERE load_balancer_id = @LoadBalancerId",
            ZonalParameters(lb));

    public Task DeleteZonalAsync(string loadBalancerId) =>
        db.ExecuteAsync("DELETE FROM zonal_load_balancers WHERE load_balancer_id = @loadBalancerId", new { loadBalancerId });

    public async Task<ZonalLoadBalancer?> FindZonalAsync(string accountId, string kind, string loadBalancerId) =>
        (await db.QuerySingleOrDefaultAsync<ZonalRow>(
            $"SELECT {ZonalColumns} FROM zonal_load_balancers WHERE account_id = @accountId AND kind = @kind AND load_balancer_id = @loadBalancerId",
            new { accountId, kind, loadBalancerId }))?.ToLoadBalancer();

    public async Task<Page<ZonalLoadBalancer>> QueryZonalAsync(string accountId, string regionId, string kind, IReadOnlyList<string> ids, IReadOnlyList<string> vpcIds, string? addressType, int offset, int limit)
    {
        var where = $"""
            account_id = @accountId AND region_id = @regionId AND kind = @kind AND (@anyId = 1 OR {db.In("load_balancer_id", "@ids")})
            AND (@anyVpc = 1 OR {db.In("vpc_id", "@vpcIds")}) AND (@addressType IS NULL OR address_type = @addressType)
            """;
        var parameters = new { accountId, regionId, kind, anyId = ids.Count == 0 ? 1 : 0, ids, anyVpc = vpcIds.Count == 0 ? 1 : 0, vpcIds, addressType, offset, limit };
        var total = await db.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM zonal_load_balancers WHERE {where}", parameters);
        var rows = await db.QueryAsync<ZonalRow>($"SELECT {ZonalColumns} FROM zonal_load_balancers WHERE {where} ORDER BY creation_time DESC, load_balancer_id LIMIT @limit OFFSET @offset", parameters);
        return new Page<ZonalLoadBalancer>(rows.Select(r => r.ToLoadBalancer()).ToList(), total);
    }

    private static object ZonalParameters(ZonalLoadBalancer lb) => new
    {
        lb.LoadBalancerId, lb.AccountId, lb.RegionId, lb.Kind, lb.LoadBalancerName, lb.AddressType, lb.VpcId,
        ZoneMappings = JsonSerializer.Serialize(lb.ZoneMappings), CreationTime = UnixTime.ToDb(lb.CreationTime), lb.ResourceGroupId,
    };

    private sealed class ZonalRow
    {
        public string LoadBalancerId { get; init; } = "";
        public string AccountId { get; init; } = "";
        public string RegionId { get; init; } = "";
        public string Kind { get; init; } = "";
        public string LoadBalancerName { get; init; } = "";
        public string AddressType { get; init; } = "";
        public string VpcId { get; init; } = "";
        public string ZoneMappings { get; init; } = "[]";
        public long CreationTime { get; init; }
        public string ResourceGroupId { get; init; } = "";

        public ZonalLoadBalancer ToLoadBalancer() => new()
        {
            LoadBalancerId = LoadBalancerId, AccountId = AccountId, RegionId = RegionId, Kind = Kind, LoadBalancerName = LoadBalancerName,
            AddressType = AddressType, VpcId = VpcId, ZoneMappings = JsonSerializer.Deserialize<List<ZoneMapping>>(ZoneMappings) ?? [],
            CreationTime = UnixTime.FromDb(CreationTime), ResourceGroupId = ResourceGroupId,
        };
    }

    private sealed class ClassicRow
    {
        public string LoadBalancerId { get; init; } = "";
        public string AccountId { get; init; } = "";
        public string RegionId { get; init; } = "";
        public string LoadBalancerName { get; init; } = "";
        public string AddressType { get; init; } = "";
        public string Address { get; init; } = "";
        public string VpcId { get; init; } = "";
        public string VSwitchId { get; init; } = "";
        public string MasterZoneId { get; init; } = "";
        public long CreationTime { get; init; }
        public string ResourceGroupId { get; init; } = "";

        public ClassicLoadBalancer ToLoadBalancer() => new()
        {
            LoadBalancerId = LoadBalancerId, AccountId = AccountId, RegionId = RegionId, LoadBalancerName = LoadBalancerName, AddressType = AddressType,
            Address = Address, VpcId = VpcId, VSwitchId = VSwitchId, MasterZoneId = MasterZoneId, CreationTime = UnixTime.FromDb(CreationTime),
            ResourceGroupId = ResourceGroupId,
        };
    }
}
