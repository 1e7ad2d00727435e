using System.Data.Common;
using Dapper;
using OpenEip.Core.Nat;
using OpenEip.Core.Ports;

namespace OpenEip.Storage.Sql;

internal sealed class NatRecords(SqlCommands db) : INatRecords
{
    private const string Columns =
        "nat_gateway_id AS NatGatewayId, account_id AS AccountId, region_id AS RegionId, vpc_id AS VpcId, vswitch_id AS VSwitchId, zone_id AS ZoneId, " +
        "network_type AS NetworkType, eip_bind_mode AS EipBindMode, name AS Name, description AS Description, private_ip_address AS PrivateIpAddress, " +
        "network_interface_id AS NetworkInterfaceId, snat_table_id AS SnatTableId, forward_table_id AS ForwardTableId, resource_group_id AS ResourceGroupId, creation_time AS CreationTime, " +
        "deletion_protection AS DeletionProtection, icmp_reply_enabled AS IcmpReplyEnabled";

    public Task InsertAsync(NatGateway g) =>
        db.ExecuteAsync(
            """
            INSERT INTO nat_gateways (nat_gateway_id, account_id, region_id, vpc_id, vswitch_id, zone_id, network_type, eip_bind_mode, name, description,
                                      private_ip_address, network_interface_id, snat_table_id, forward_table_id, resource_group_id, creation_time,
                                      deletion_protection, icmp_reply_enabled)
            VALUES (@NatGatewayId, @AccountId, @RegionId, @VpcId, @VSwitchId, @ZoneId, @NetworkType, @EipBindMode, @Name, @Description,
                    @PrivateIpAddress, @NetworkInterfaceId, @SnatTableId, @ForwardTableId, @ResourceGroupId, @CreationTime,
                    @DeletionProtection, @IcmpReplyEnabled)
            """,
            Parameters(g));

    public Task UpdateAsync(NatGateway g) =>
        db.ExecuteAsync(
            """
            UPDATE nat_gateways SET name = @Name, description = @Description, creation_time = @CreationTime, eip_bind_mode = @EipBindMode,
                                    deletion_protection = @DeletionProtection, icmp_reply_enabled = @IcmpReplyEnabled
            WHERE nat_gateway_id = @NatGatewayId
            """,
            Parameters(g));

    public Task DeleteAsync(string natGatewayId) =>
        db.ExecuteAsync("DELETE FROM nat_gateways WHERE nat_gateway_id = @natGatewayId", new { natGatewayId });

    public async Task<NatGateway?> FindAsync(string? accountId, string natGatewayId) =>
        (await db.QuerySingleOrDefaultAsync<Row>(
            $"SELECT {Columns} FROM nat_gateways WHERE nat_gateway_id = @natGatewayId AND (@accountId IS NULL OR account_id = @accountId)",
            new { accountId, natGatewayId }))?.ToGateway();

    public async Task<NatGateway?> FindByTableAsync(string accountId, string tableId) =>
        (await db.QuerySingleOrDefaultAsync<Row>(
            $"SELECT {Columns} FROM nat_gateways WHERE account_id = @accountId AND (snat_table_id = @tableId OR forward_table_id = @tableId)",
            new { accountId, tableId }))?.ToGateway();

    public async Task<Page<NatGateway>> QueryAsync(ComputeQuery query, string? networkType)
    {
        const string where = """
            account_id = @AccountId AND region_id = @RegionId AND (@Id IS NULL OR nat_gateway_id = @Id) AND (@VpcId IS NULL OR vpc_id = @VpcId)
            AND (@Name IS NULL OR name = @Name) AND (@NetworkType IS NULL OR network_type = @NetworkType)
            AND (@ResourceGroupId IS NULL OR resource_group_id = @ResourceGroupId)
            """;
        var parameters = new
        {
            query.AccountId, query.RegionId, Id = query.Ids.FirstOrDefault(), query.VpcId, query.Name, NetworkType = networkType, query.ResourceGroupId,
            Limit = query.PageSize, Offset = (long)(query.PageNumber - 1) * query.PageSize,
        };
        var total = await db.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM nat_gateways WHERE {where}", parameters);
        var rows = await db.QueryAsync<Row>($"SELECT {Columns} FROM nat_gateways WHERE {where} ORDER BY creation_time DESC, nat_gateway_id LIMIT @Limit OFFSET @Offset", parameters);
        return new Page<NatGateway>(rows.Select(r => r.ToGateway()).ToList(), total);
    }

    // The id breaks ties of one millisecond: without it SQLite lists them by rowid and PostgreSQL by where the row sits
    // in the table, which an update changes (DescribeVpcs shows this list, and a refused DeleteVpc names it).
    public async Task<IReadOnlyList<NatGateway>> ListOfVpcAsync(string vpcId) =>
        (await db.QueryAsync<Row>($"SELECT {Columns} FROM nat_gateways WHERE vpc_id = @vpcId ORDER BY creation_time, nat_gateway_id", new { vpcId }))
            .Select(r => r.ToGateway()).ToList();

    private static object Parameters(NatGateway g) => new
    {
        g.NatGatewayId, g.AccountId, g.RegionId, g.VpcId, g.VSwitchId, g.ZoneId, g.NetworkType, g.EipBindMode, g.Name, g.Description,
        g.PrivateIpAddress, g.NetworkInterfaceId, g.SnatTableId, g.ForwardTableId, g.ResourceGroupId, CreationTime = UnixTime.ToDb(g.CreationTime),
        DeletionProtection = g.DeletionProtection ? 1 : 0, IcmpReplyEnabled = g.IcmpReplyEnabled ? 1 : 0,
    };

    private sealed class Row
    {
        public string NatGatewayId { get; init; } = "";
        public string AccountId { get; init; } = "";
        public string RegionId { get; init; } = "";
        public string VpcId { get; init; } = "";
        public string VSwitchId { get; init; } = "";
        public string ZoneId { get; init; } = "";
        public string NetworkType { get; init; } = "";
        public string EipBindMode { get; init; } = "";
        public string Name { get; init; } = "";
        public string Description { get; init; } = "";
        public string PrivateIpAddress { get; init; } = "";
        public string NetworkInterfaceId { get; init; } = "";
        public string SnatTableId { get; init; } = "";
        public string ForwardTableId { get; init; } = "";
        public string ResourceGroupId { get; init; } = "";
        public long CreationTime { get; init; }
        public long DeletionProtection { get; init; }
        public long IcmpReplyEnabled { get; init; } = 1;

        public NatGateway ToGateway() => new()
        {
            NatGatewayId = NatGatewayId, AccountId = AccountId, RegionId = RegionId, VpcId = VpcId, VSwitchId = VSwitchId, ZoneId = ZoneId,
            NetworkType = NetworkType, EipBindMode = EipBindMode, Name = Name, Description = Description, PrivateIpAddress = PrivateIpAddress,
            NetworkInterfaceId = NetworkInterfaceId, SnatTableId = SnatTableId, ForwardTableId = ForwardTableId, ResourceGroupId = ResourceGroupId,
            CreationTime = UnixTime.FromDb(CreationTime), DeletionProtection = DeletionProtection == 1, IcmpReplyEnabled = IcmpReplyEnabled == 1,
        };
    }
}
