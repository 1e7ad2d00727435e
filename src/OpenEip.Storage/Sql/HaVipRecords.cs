using System.Data.Common;
using System.Text;
using Dapper;
using OpenEip.Core.HaVips;
using OpenEip.Core.Ports;

namespace OpenEip.Storage.Sql;

internal sealed class HaVipRecords(SqlCommands db) : IHaVipRecords
{
    private const string Columns =
        "havip_id AS HaVipId, account_id AS AccountId, region_id AS RegionId, vpc_id AS VpcId, vswitch_id AS VSwitchId, ip_address AS IpAddress, " +
        "name AS Name, description AS Description, master_instance_id AS MasterInstanceId, creation_time AS CreationTime, " +
        "resource_group_id AS ResourceGroupId";

    // DescribeHaVips filter keys and the columns they match.
    private static readonly Dictionary<string, string> FilterColumns = new(StringComparer.Ordinal)
    {
        ["HaVipId"] = "havip_id", ["VpcId"] = "vpc_id", ["VSwitchId"] = "vswitch_id", ["HaVipAddress"] = "ip_address",
    };

    public async Task InsertAsync(HaVip haVip)
    {
        await db.ExecuteAsync(
            """
            INSERT INTO havips (havip_id, account_id, region_id, vpc_id, vswitch_id, ip_address, name, description, master_instance_id, creation_time, resource_group_id)
            VALUES (@HaVipId, @AccountId, @RegionId, @VpcId, @VSwitchId, @IpAddress, @Name, @Description, @MasterInstanceId, @CreationTime, @ResourceGroupId)
            """,
            new { haVip.HaVipId, haVip.AccountId, haVip.RegionId, haVip.VpcId, haVip.VSwitchId, haVip.IpAddress, haVip.Name, haVip.Description, haVip.MasterInstanceId, CreationTime = UnixTime.ToDb(haVip.CreationTime), haVip.ResourceGroupId });
        await WriteMembersAsync(haVip);
    }

    public async Task UpdateAsync(HaVip haVip)
    {
        await db.ExecuteAsync(
            "UPDATE havips SET name = @Name, description = @Description, master_instance_id = @MasterInstanceId WHERE havip_id = @HaVipId",
            new { haVip.Name, haVip.Description, haVip.MasterInstanceId, haVip.HaVipId });
        await db.ExecuteAsync("DELETE FROM havip_members WHERE havip_id = @HaVipId", new { haVip.HaVipId });
        await WriteMembersAsync(haVip);
    }

    public async Task DeleteAsync(string haVipId)
    {
        await db.ExecuteAsync("DELETE FROM havip_members WHERE havip_id = @haVipId", new { haVipId });
        await db.ExecuteAsync("DELETE FROM havips WHERE havip_id = @haVipId", new { haVipId });
    }

    public async Task<HaVip?> FindAsync(string? accountId, string haVipId)
    {
        var row = await db.QuerySingleOrDefaultAsync<Row>(
            $"SELECT {Columns} FROM havips WHERE (@accountId IS NULL OR account_id = @accountId) AND havip_id = @haVipId", new { accountId, haVipId });
        return row is null ? null : await WithMembersAsync(row);
    }

    public Task<int> CountAsync(string accountId) =>
        db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM havips WHERE account_id = @accountId", new { accountId });

    public async Task<IReadOnlyList<string>> ListByMemberAsync(string instanceId) =>
        (await db.QueryAsync<string>("SELECT havip_id FROM havip_members WHERE instance_id = @instanceId ORDER BY havip_id", new { instanceId })).ToList();

    public async Task<Page<HaVip>> QueryAsync(HaVipQuery query)
    {
        var where = new StringBuilder("account_id = @accountId AND region_id = @regionId");
        var parameters = new DynamicParameters(new { accountId = query.AccountId, regionId = query.RegionId, limit = query.PageSize, offset = (long)(query.PageNumber - 1) * query.PageSize });
        foreach (var (key, values) in query.Filters)
        {
            if (FilterColumns.TryGetValue(key, out var column))
            {
                where.Append($" AND {db.In(column, "@f" + column)}");
                parameters.Add("f" + column, values.ToArray());
            }
            else if (key == "Status")
            {
                var inUse = values.Contains("InUse");
                var available = values.Contains("Available");
                if (inUse != available)
                    where.Append(inUse ? " AND EXISTS" : " AND NOT EXISTS").Append(" (SELECT 1 FROM havip_members m WHERE m.havip_id = havips.havip_id)");
                else if (!inUse)
                    where.Append(" AND 1 = 0");
            }
        }

        var total = await db.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM havips WHERE {where}", parameters);
        var rows = await db.QueryAsync<Row>($"SELECT {Columns} FROM havips WHERE {where} ORDER BY creation_time DESC, havip_id LIMIT @limit OFFSET @offset", parameters);
        var items = new List<HaVip>();
        foreach (var row in rows)
            items.Add(await WithMembersAsync(row));
        return new Page<HaVip>(items, total);
    }

    private async Task<HaVip> WithMembersAsync(Row row)
    {
        var members = await db.QueryAsync<(string InstanceId, string InstanceType)>(
            "SELECT instance_id, instance_type FROM havip_members WHERE havip_id = @HaVipId ORDER BY position", new { row.HaVipId });
        return row.ToHaVip(members.Select(m => new HaVipMember(m.InstanceId, m.InstanceType)).ToList());
    }

    private async Task WriteMembersAsync(HaVip haVip)
    {
        for (var i = 0; i < haVip.Members.Count; i++)
        {
            await db.ExecuteAsync(
                "INSERT INTO havip_members (havip_id, instance_id, instance_type, position) VALUES (@id, @instance, @type, @i)",
                new { id = haVip.HaVipId, instance = haVip.Members[i].InstanceId, type = haVip.Members[i].InstanceType, i });
        }
    }

    private sealed class Row
    {
        public string HaVipId { get; init; } = "";
        public string AccountId { get; init; } = "";
        public string RegionId { get; init; } = "";
        public string VpcId { get; init; } = "";
        public string VSwitchId { get; init; } = "";
        public string IpAddress { get; init; } = "";
        public string Name { get; init; } = "";
        public string Description { get; init; } = "";
        public string MasterInstanceId { get; init; } = "";
        public long CreationTime { get; init; }
        public string ResourceGroupId { get; init; } = "";

        public HaVip ToHaVip(IReadOnlyList<HaVipMember> members) => new()
        {
            HaVipId = HaVipId, AccountId = AccountId, RegionId = RegionId, VpcId = VpcId, VSwitchId = VSwitchId, IpAddress = IpAddress,
            Name = Name, Description = Description, MasterInstanceId = MasterInstanceId, Members = members, CreationTime = UnixTime.FromDb(CreationTime),
            ResourceGroupId = ResourceGroupId,
        };
    }
}
