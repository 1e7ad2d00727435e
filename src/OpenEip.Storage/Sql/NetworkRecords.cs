using System.Data.Common;
using System.Text;
using System.Text.Json;
using Dapper;
using OpenEip.Core.Networks;
using OpenEip.Core.Ports;

namespace OpenEip.Storage.Sql;

internal sealed class NetworkRecords(SqlCommands db) : INetworkRecords
{
    private const string VpcColumns =
        "vpc_id AS VpcId, account_id AS AccountId, region_id AS RegionId, cidr_block AS CidrBlock, secondary_cidr_blocks AS SecondaryCidrBlocks, " +
        "vpc_name AS VpcName, description AS Description, resource_group_id AS ResourceGroupId, vrouter_id AS VRouterId, route_table_id AS RouteTableId, creation_time AS CreationTime";

    private const string VSwitchColumns =
        "vswitch_id AS VSwitchId, vpc_id AS VpcId, account_id AS AccountId, region_id AS RegionId, zone_id AS ZoneId, cidr_block AS CidrBlock, " +
        "vswitch_name AS VSwitchName, description AS Description, creation_time AS CreationTime";

    public Task InsertVpcAsync(Vpc vpc) =>
        db.ExecuteAsync(
            """
            INSERT INTO vpcs (vpc_id, account_id, region_id, cidr_block, secondary_cidr_blocks, vpc_name, description, resource_group_id, vrouter_id, route_table_id, creation_time)
            VALUES (@VpcId, @AccountId, @RegionId, @CidrBlock, @SecondaryCidrBlocks, @VpcName, @Description, @ResourceGroupId, @VRouterId, @RouteTableId, @CreationTime)
            """,
            VpcParameters(vpc));

    public Task UpdateVpcAsync(Vpc vpc) =>
        db.ExecuteAsync(
            "UPDATE vpcs SET secondary_cidr_blocks = @SecondaryCidrBlocks, vpc_name = @VpcName, description = @Description WHERE vpc_id = @VpcId",
            VpcParameters(vpc));

    public Task DeleteVpcAsync(string vpcId) =>
        db.ExecuteAsync("DELETE FROM vpcs WHERE vpc_id = @vpcId", new { vpcId });

    public async Task<Vpc?> FindVpcAsync(string accountId, string vpcId) =>
        (await db.QuerySingleOrDefaultAsync<VpcRow>($"SELECT {VpcColumns} FROM vpcs WHERE account_id = @accountId AND vpc_id = @vpcId", new { accountId, vpcId }))?.ToVpc();

    public async Task<Page<Vpc>> QueryVpcsAsync(NetworkQuery query)
    {
        var (where, parameters) = Filter(query, "vpc_name");
        if (query.ResourceGroupId is not null)
        {
            where += " AND resource_group_id = @resourceGroupId";
            parameters.Add("resourceGroupId", query.ResourceGroupId);
        }

        var total = await db.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM vpcs WHERE {where}", parameters);
        var rows = await db.QueryAsync<VpcRow>($"SELECT {VpcColumns} FROM vpcs WHERE {where} ORDER BY creation_time DESC, vpc_id LIMIT @limit OFFSET @offset", parameters);
        return new Page<Vpc>(rows.Select(r => r.ToVpc()).ToList(), total);
    }

    public Task InsertVSwitchAsync(VSwitch vSwitch) =>
        db.ExecuteAsync(
            """
            INSERT INTO vswitches (vswitch_id, vpc_id, account_id, region_id, zone_id, cidr_block, vswitch_name, description, creation_time)
            VALUES (@VSwitchId, @VpcId, @AccountId, @RegionId, @ZoneId, @CidrBlock, @VSwitchName, @Description, @CreationTime)
            """,
            new
            {
                vSwitch.VSwitchId, vSwitch.VpcId, vSwitch.AccountId, vSwitch.RegionId, vSwitch.ZoneId, vSwitch.CidrBlock,
                vSwitch.VSwitchName, vSwitch.Description, CreationTime = UnixTime.ToDb(vSwitch.CreationTime),
            });

    public Task UpdateVSwitchAsync(VSwitch vSwitch) =>
        db.ExecuteAsync(
            "UPDATE vswitches SET vswitch_name = @VSwitchName, description = @Description WHERE vswitch_id = @VSwitchId",
            new { vSwitch.VSwitchName, vSwitch.Description, vSwitch.VSwitchId });

    public Task DeleteVSwitchAsync(string vSwitchId) =>
        db.ExecuteAsync("DELETE FROM vswitches WHERE vswitch_id = @vSwitchId", new { vSwitchId });

    public async Task<VSwitch?> FindVSwitchAsync(string accountId, string vSwitchId) =>
        (await db.QuerySingleOrDefaultAsync<VSwitchRow>($"SELECT {VSwitchColumns} FROM vswitches WHERE account_id = @accountId AND vswitch_id = @vSwitchId", new { accountId, vSwitchId }))?.ToVSwitch();

    public async Task<Page<VSwitch>> QueryVSwitchesAsync(NetworkQuery query)
    {
        var (where, parameters) = Filter(query, "vswitch_name");
        if (query.VSwitchId is not null)
        {
            where += " AND vswitch_id = @vSwitchId";
            parameters.Add("vSwitchId", query.VSwitchId);
        }

        if (query.ZoneId is not null)
        {
            where += " AND zone_id = @zoneId";
            parameters.Add("zoneId", query.ZoneId);
        }

        var total = await db.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM vswitches WHERE {where}", parameters);
        var rows = await db.QueryAsync<VSwitchRow>($"SELECT {VSwitchColumns} FROM vswitches WHERE {where} ORDER BY creation_time DESC, vswitch_id LIMIT @limit OFFSET @offset", parameters);
        return new Page<VSwitch>(rows.Select(r => r.ToVSwitch()).ToList(), total);
    }

    public async Task<IReadOnlyList<VSwitch>> ListVSwitchesOfVpcAsync(string vpcId) =>
        (await db.QueryAsync<VSwitchRow>($"SELECT {VSwitchColumns} FROM vswitches WHERE vpc_id = @vpcId ORDER BY creation_time, vswitch_id", new { vpcId }))
            .Select(r => r.ToVSwitch()).ToList();

    private (string Where, DynamicParameters Parameters) Filter(NetworkQuery query, string nameColumn)
    {
        var where = new StringBuilder("account_id = @accountId AND region_id = @regionId");
        var parameters = new DynamicParameters(new
        {
            accountId = query.AccountId,
            regionId = query.RegionId,
            limit = query.PageSize,
            offset = (long)(query.PageNumber - 1) * query.PageSize,
        });
        if (query.VpcId is not null)
        {
            where.Append(" AND vpc_id = @vpcId");
            parameters.Add("vpcId", query.VpcId);
        }

        if (query.VpcIds is not null)
        {
            where.Append($" AND {db.In("vpc_id", "@vpcIds")}");
            parameters.Add("vpcIds", query.VpcIds.ToArray());
        }

        if (query.Name is not null)
        {
            where.Append($" AND {nameColumn} = @name");
            parameters.Add("name", query.Name);
        }

        return (where.ToString(), parameters);
    }

    private static object VpcParameters(Vpc vpc) => new
    {
        vpc.VpcId, vpc.AccountId, vpc.RegionId, vpc.CidrBlock,
        SecondaryCidrBlocks = JsonSerializer.Serialize(vpc.SecondaryCidrBlocks),
        vpc.VpcName, vpc.Description, vpc.ResourceGroupId, vpc.VRouterId, vpc.RouteTableId,
        CreationTime = UnixTime.ToDb(vpc.CreationTime),
    };

    private sealed class VpcRow
    {
        public string VpcId { get; init; } = "";
        public string AccountId { get; init; } = "";
        public string RegionId { get; init; } = "";
        public string CidrBlock { get; init; } = "";
        public string SecondaryCidrBlocks { get; init; } = "[]";
        public string VpcName { get; init; } = "";
        public string Description { get; init; } = "";
        public string ResourceGroupId { get; init; } = "";
        public string VRouterId { get; init; } = "";
        public string RouteTableId { get; init; } = "";
        public long CreationTime { get; init; }

        public Vpc ToVpc() => new()
        {
            VpcId = VpcId, AccountId = AccountId, RegionId = RegionId, CidrBlock = CidrBlock,
            SecondaryCidrBlocks = JsonSerializer.Deserialize<List<string>>(SecondaryCidrBlocks) ?? [],
            VpcName = VpcName, Description = Description, ResourceGroupId = ResourceGroupId,
            VRouterId = VRouterId, RouteTableId = RouteTableId, CreationTime = UnixTime.FromDb(CreationTime),
        };
    }

    private sealed class VSwitchRow
    {
        public string VSwitchId { get; init; } = "";
        public string VpcId { get; init; } = "";
        public string AccountId { get; init; } = "";
        public string RegionId { get; init; } = "";
        public string ZoneId { get; init; } = "";
        public string CidrBlock { get; init; } = "";
        public string VSwitchName { get; init; } = "";
        public string Description { get; init; } = "";
        public long CreationTime { get; init; }

        public VSwitch ToVSwitch() => new()
        {
            VSwitchId = VSwitchId, VpcId = VpcId, AccountId = AccountId, RegionId = RegionId, ZoneId = ZoneId, CidrBlock = CidrBlock,
            VSwitchName = VSwitchName, Description = Description, CreationTime = UnixTime.FromDb(CreationTime),
        };
    }
}
