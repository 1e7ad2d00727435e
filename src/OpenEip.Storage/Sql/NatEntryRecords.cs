using System.Data.Common;
using Dapper;
using OpenEip.Core.Nat;
using OpenEip.Core.Ports;

namespace OpenEip.Storage.Sql;

internal sealed class NatEntryRecords(SqlCommands db) : INatEntryRecords
{
    private const string SnatColumns =
        "s.snat_entry_id AS SnatEntryId, s.account_id AS AccountId, s.region_id AS RegionId, s.nat_gateway_id AS NatGatewayId, s.snat_table_id AS SnatTableId, " +
        "s.name AS Name, s.source_vswitch_id AS SourceVSwitchId, s.source_cidr AS SourceCidr, s.eip_affinity AS EipAffinity, s.creation_time AS CreationTime";

    private const string ForwardColumns =
        "forward_entry_id AS ForwardEntryId, account_id AS AccountId, region_id AS RegionId, nat_gateway_id AS NatGatewayId, forward_table_id AS ForwardTableId, " +
        "name AS Name, external_ip AS ExternalIp, external_port AS ExternalPort, internal_ip AS InternalIp, internal_port AS InternalPort, " +
        "ip_protocol AS IpProtocol, port_break AS PortBreak, creation_time AS CreationTime";

    private const string SnatWhere = """
        s.snat_table_id = @SnatTableId AND (@SnatEntryId IS NULL OR s.snat_entry_id = @SnatEntryId) AND (@Name IS NULL OR s.name = @Name)
        AND (@SourceCidr IS NULL OR s.source_cidr = @SourceCidr) AND (@SourceVSwitchId IS NULL OR s.source_vswitch_id = @SourceVSwitchId)
        AND (@SnatIp IS NULL OR EXISTS (SELECT 1 FROM snat_entry_ips i WHERE i.snat_entry_id = s.snat_entry_id AND i.ip_address = @SnatIp))
        """;

    private const string ForwardWhere = """
        forward_table_id = @ForwardTableId AND (@ForwardEntryId IS NULL OR forward_entry_id = @ForwardEntryId) AND (@Name IS NULL OR name = @Name)
        AND (@ExternalIp IS NULL OR external_ip = @ExternalIp) AND (@ExternalPort IS NULL OR external_port = @ExternalPort)
        AND (@InternalIp IS NULL OR internal_ip = @InternalIp) AND (@InternalPort IS NULL OR internal_port = @InternalPort)
        AND (@IpProtocol IS NULL OR ip_protocol = @IpProtocol)
        """;

    public async Task InsertSnatAsync(SnatEntry e)
    {
        await db.ExecuteAsync(
            """
            INSERT INTO snat_entries (snat_entry_id, account_id, region_id, nat_gateway_id, snat_table_id, name, source_vswitch_id, source_cidr, eip_affinity, creation_time)
            VALUES (@SnatEntryId, @AccountId, @RegionId, @NatGatewayId, @SnatTableId, @Name, @SourceVSwitchId, @SourceCidr, @EipAffinity, @CreationTime)
            """,
            new { e.SnatEntryId, e.AccountId, e.RegionId, e.NatGatewayId, e.SnatTableId, e.Name, e.SourceVSwitchId, e.SourceCidr, e.EipAffinity, CreationTime = UnixTime.ToDb(e.CreationTime) });
        await WriteSnatIpsAsync(e.SnatEntryId, e.SnatIps);
    }

    public async Task SetSnatIpsAsync(string snatEntryId, IReadOnlyList<string> snatIps)
    {
        await db.ExecuteAsync("DELETE FROM snat_entry_ips WHERE snat_entry_id = @snatEntryId", new { snatEntryId });
        await WriteSnatIpsAsync(snatEntryId, snatIps);
    }

    public async Task UpdateSnatAsync(SnatEntry e)
    {
        await db.ExecuteAsync(
            "UPDATE snat_entries SET name = @Name, eip_affinity = @EipAffinity WHERE snat_entry_id = @SnatEntryId",
            new { e.Name, e.EipAffinity, e.SnatEntryId });
        await SetSnatIpsAsync(e.SnatEntryId, e.SnatIps);
    }

    public async Task DeleteSnatAsync(string snatEntryId)
    {
        await db.ExecuteAsync("DELETE FROM snat_entry_ips WHERE snat_entry_id = @snatEntryId", new { snatEntryId });
        await db.ExecuteAsync("DELETE FROM snat_entries WHERE snat_entry_id = @snatEntryId", new { snatEntryId });
    }

    public async Task<SnatEntry?> FindSnatAsync(string snatTableId, string snatEntryId)
    {
        var row = await db.QuerySingleOrDefaultAsync<SnatRow>(
            $"SELECT {SnatColumns} FROM snat_entries s WHERE s.snat_table_id = @snatTableId AND s.snat_entry_id = @snatEntryId",
            new { snatTableId, snatEntryId });
        return row is null ? null : (await WithIpsAsync([row]))[0];
    }

    public async Task<Page<SnatEntry>> QuerySnatAsync(SnatEntryQuery query)
    {
        var parameters = new
        {
            query.SnatTableId, query.SnatEntryId, query.Name, query.SourceCidr, query.SourceVSwitchId, query.SnatIp,
            Limit = query.PageSize, Offset = (long)(query.PageNumber - 1) * query.PageSize,
        };
        var total = await db.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM snat_entries s WHERE {SnatWhere}", parameters);
        var rows = await db.QueryAsync<SnatRow>(
            $"SELECT {SnatColumns} FROM snat_entries s WHERE {SnatWhere} ORDER BY s.creation_time DESC, s.snat_entry_id LIMIT @Limit OFFSET @Offset", parameters);
        return new Page<SnatEntry>(await WithIpsAsync(rows.ToList()), total);
    }

    public async Task<IReadOnlyList<SnatEntry>> ListSnatAsync(string natGatewayId, string? ipAddress = null)
    {
        var rows = await db.QueryAsync<SnatRow>(
            $"""
            SELECT {SnatColumns} FROM snat_entries s WHERE s.nat_gateway_id = @natGatewayId
            AND (@ipAddress IS NULL OR EXISTS (SELECT 1 FROM snat_entry_ips i WHERE i.snat_entry_id = s.snat_entry_id AND i.ip_address = @ipAddress))
            ORDER BY s.creation_time, s.snat_entry_id
            """,
            new { natGatewayId, ipAddress });
        return await WithIpsAsync(rows.ToList());
    }

    public async Task<IReadOnlyList<string>> ListSnatIdsOfVSwitchAsync(string vSwitchId) =>
        (await db.QueryAsync<string>(
            "SELECT snat_entry_id FROM snat_entries WHERE source_vswitch_id = @vSwitchId ORDER BY creation_time, snat_entry_id", new { vSwitchId })).ToList();

    public Task InsertForwardAsync(ForwardEntry e) =>
        db.ExecuteAsync(
            """
            INSERT INTO forward_entries (forward_entry_id, account_id, region_id, nat_gateway_id, forward_table_id, name, external_ip, external_port,
                                         internal_ip, internal_port, ip_protocol, port_break, creation_time)
            VALUES (@ForwardEntryId, @AccountId, @RegionId, @NatGatewayId, @ForwardTableId, @Name, @ExternalIp, @ExternalPort,
                    @InternalIp, @InternalPort, @IpProtocol, @PortBreak, @CreationTime)
            """,
            new
            {
                e.ForwardEntryId, e.AccountId, e.RegionId, e.NatGatewayId, e.ForwardTableId, e.Name, e.ExternalIp, e.ExternalPort,
                e.InternalIp, e.InternalPort, e.IpProtocol, PortBreak = e.PortBreak ? 1 : 0, CreationTime = UnixTime.ToDb(e.CreationTime),
            });

    public Task UpdateForwardAsync(ForwardEntry e) =>
        db.ExecuteAsync(
            """
            UPDATE forward_entries SET name = @Name, external_ip = @ExternalIp, external_port = @ExternalPort, internal_ip = @InternalIp,
                                       internal_port = @InternalPort, ip_protocol = @IpProtocol, port_break = @PortBreak
            WHERE forward_entry_id = @ForwardEntryId
            """,
            new { e.Name, e.ExternalIp, e.ExternalPort, e.InternalIp, e.InternalPort, e.IpProtocol, PortBreak = e.PortBreak ? 1 : 0, e.ForwardEntryId });

    public Task DeleteForwardAsync(string forwardEntryId) =>
        db.ExecuteAsync("DELETE FROM forward_entries WHERE forward_entry_id = @forwardEntryId", new { forwardEntryId });

    public async Task<ForwardEntry?> FindForwardAsync(string forwardTableId, string forwardEntryId) =>
        (await db.QuerySingleOrDefaultAsync<ForwardRow>(
            $"SELECT {ForwardColumns} FROM forward_entries WHERE forward_table_id = @forwardTableId AND forward_entry_id = @forwardEntryId",
            new { forwardTableId, forwardEntryId }))?.ToEntry();

    public async Task<Page<ForwardEntry>> QueryForwardAsync(ForwardEntryQuery query)
    {
        var parameters = new
        {
            query.ForwardTableId, query.ForwardEntryId, query.Name, query.ExternalIp, query.ExternalPort, query.InternalIp, query.InternalPort, query.IpProtocol,
            Limit = query.PageSize, Offset = (long)(query.PageNumber - 1) * query.PageSize,
        };
        var total = await db.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM forward_entries WHERE {ForwardWhere}", parameters);
        var rows = await db.QueryAsync<ForwardRow>(
            $"SELECT {ForwardColumns} FROM forward_entries WHERE {ForwardWhere} ORDER BY creation_time DESC, forward_entry_id LIMIT @Limit OFFSET @Offset", parameters);
        return new Page<ForwardEntry>(rows.Select(r => r.ToEntry()).ToList(), total);
    }

    public async Task<IReadOnlyList<ForwardEntry>> ListForwardAsync(string natGatewayId, string? externalIp = null) =>
        (await db.QueryAsync<ForwardRow>(
            $"SELECT {ForwardColumns} FROM forward_entries WHERE nat_gateway_id = @natGatewayId AND (@externalIp IS NULL OR external_ip = @externalIp) ORDER BY creation_time, forward_entry_id",
            new { natGatewayId, externalIp })).Select(r => r.ToEntry()).ToList();

    public async Task<IReadOnlyList<NatIpUsage>> ListIpUsageAsync(IReadOnlyCollection<string> natGatewayIds)
    {
        if (natGatewayIds.Count == 0)
            return [];
        var rows = await db.QueryAsync<(string NatGatewayId, string IpAddress, long BySnat, long ByForward)>(
            $"""
            SELECT nat_gateway_id, ip_address, MAX(by_snat), MAX(by_forward) FROM (
                SELECT s.nat_gateway_id, i.ip_address, 1 AS by_snat, 0 AS by_forward
                FROM snat_entries s JOIN snat_entry_ips i ON i.snat_entry_id = s.snat_entry_id WHERE {db.In("s.nat_gateway_id", "@natGatewayIds")}
                UNION ALL
                SELECT nat_gateway_id, external_ip, 0, 1 FROM forward_entries WHERE {db.In("nat_gateway_id", "@natGatewayIds")}) AS used
            GROUP BY nat_gateway_id, ip_address
            """,
            new { natGatewayIds = natGatewayIds.ToArray() });
        return rows.Select(r => new NatIpUsage(r.NatGatewayId, r.IpAddress, r.BySnat != 0, r.ByForward != 0)).ToList();
    }

    private async Task WriteSnatIpsAsync(string snatEntryId, IReadOnlyList<string> snatIps)
    {
        for (var i = 0; i < snatIps.Count; i++)
        {
            await db.ExecuteAsync(
                "INSERT INTO snat_entry_ips (snat_entry_id, ip_address, position) VALUES (@snatEntryId, @ip, @i)",
                new { snatEntryId, ip = snatIps[i], i });
        }
    }

    private async Task<IReadOnlyList<SnatEntry>> WithIpsAsync(List<SnatRow> rows)
    {
        if (rows.Count == 0)
            return [];
        var ips = (await db.QueryAsync<(string SnatEntryId, string IpAddress)>(
                $"SELECT snat_entry_id, ip_address FROM snat_entry_ips WHERE {db.In("snat_entry_id", "@ids")} ORDER BY snat_entry_id, position",
                new { ids = rows.Select(r => r.SnatEntryId).ToList() }))
            .ToLookup(i => i.SnatEntryId, i => i.IpAddress, StringComparer.Ordinal);
        return rows.Select(r => r.ToEntry(ips[r.SnatEntryId].ToList())).ToList();
    }

    private sealed class SnatRow
    {
        public string SnatEntryId { get; init; } = "";
        public string AccountId { get; init; } = "";
        public string RegionId { get; init; } = "";
        public string NatGatewayId { get; init; } = "";
        public string SnatTableId { get; init; } = "";
        public string Name { get; init; } = "";
        public string SourceVSwitchId { get; init; } = "";
        public string SourceCidr { get; init; } = "";
        public long EipAffinity { get; init; }
        public long CreationTime { get; init; }

        public SnatEntry ToEntry(IReadOnlyList<string> snatIps) => new()
        {
            SnatEntryId = SnatEntryId, AccountId = AccountId, RegionId = RegionId, NatGatewayId = NatGatewayId, SnatTableId = SnatTableId,
            Name = Name, SnatIps = snatIps, SourceVSwitchId = SourceVSwitchId, SourceCidr = SourceCidr, EipAffinity = (int)EipAffinity,
            CreationTime = UnixTime.FromDb(CreationTime),
        };
    }

    private sealed class ForwardRow
    {
        public string ForwardEntryId { get; init; } = "";
        public string AccountId { get; init; } = "";
        public string RegionId { get; init; } = "";
        public string NatGatewayId { get; init; } = "";
        public string ForwardTableId { get; init; } = "";
        public string Name { get; init; } = "";
        public string ExternalIp { get; init; } = "";
        public string ExternalPort { get; init; } = "";
        public string InternalIp { get; init; } = "";
        public string InternalPort { get; init; } = "";
        public string IpProtocol { get; init; } = "";
        public long PortBreak { get; init; }
        public long CreationTime { get; init; }

        public ForwardEntry ToEntry() => new()
        {
            ForwardEntryId = ForwardEntryId, AccountId = AccountId, RegionId = RegionId, NatGatewayId = NatGatewayId, ForwardTableId = ForwardTableId,
            Name = Name, ExternalIp = ExternalIp, ExternalPort = ExternalPort, InternalIp = InternalIp, InternalPort = InternalPort,
            IpProtocol = IpProtocol, PortBreak = PortBreak != 0, CreationTime = UnixTime.FromDb(CreationTime),
        };
    }
}
