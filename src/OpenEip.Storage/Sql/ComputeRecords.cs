using System.Data.Common;
using System.Text;
using Dapper;
using OpenEip.Core.Compute;
using OpenEip.Core.Ports;
using static OpenEip.Storage.Sql.ComputeRows;

namespace OpenEip.Storage.Sql;

internal sealed class ComputeRecords(SqlCommands db) : IComputeRecords
{
    public Task InsertSecurityGroupAsync(SecurityGroup group) =>
        db.ExecuteAsync(
            "INSERT INTO security_groups (security_group_id, account_id, region_id, vpc_id, security_group_name, description, creation_time, resource_group_id) VALUES (@SecurityGroupId, @AccountId, @RegionId, @VpcId, @SecurityGroupName, @Description, @CreationTime, @ResourceGroupId)",
            new { group.SecurityGroupId, group.AccountId, group.RegionId, group.VpcId, group.SecurityGroupName, group.Description, CreationTime = UnixTime.ToDb(group.CreationTime), group.ResourceGroupId });

    public async Task<SecurityGroup?> FindSecurityGroupAsync(string accountId, string securityGroupId) =>
        (await db.QuerySingleOrDefaultAsync<GroupRow>(
            $"SELECT {GroupColumns} FROM security_groups WHERE account_id = @accountId AND security_group_id = @securityGroupId", new { accountId, securityGroupId }))?.ToGroup();

    public async Task<Page<SecurityGroup>> QuerySecurityGroupsAsync(ComputeQuery query)
    {
        var (where, parameters) = Filter(query, "security_group_id", "security_group_name");
        var total = await db.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM security_groups WHERE {where}", parameters);
        var rows = await db.QueryAsync<GroupRow>($"SELECT {GroupColumns} FROM security_groups WHERE {where} ORDER BY creation_time DESC, security_group_id LIMIT @limit OFFSET @offset", parameters);
        return new Page<SecurityGroup>(rows.Select(r => r.ToGroup()).ToList(), total);
    }

    public async Task DeleteSecurityGroupAsync(string securityGroupId)
    {
        await db.ExecuteAsync("DELETE FROM security_group_rules WHERE security_group_id = @securityGroupId", new { securityGroupId });
        await db.ExecuteAsync("DELETE FROM security_groups WHERE security_group_id = @securityGroupId", new { securityGroupId });
    }

    public async Task<IReadOnlyList<SecurityGroupRule>> ListRulesAsync(string securityGroupId) =>
        (await db.QueryAsync<RuleRow>($"SELECT {RuleColumns} FROM security_group_rules WHERE security_group_id = @securityGroupId ORDER BY priority, creation_time, security_group_rule_id", new { securityGroupId }))
            .Select(r => r.ToRule()).ToList();

    public Task InsertRuleAsync(SecurityGroupRule rule) =>
        db.ExecuteAsync(
            """
            INSERT INTO security_group_rules (security_group_rule_id, security_group_id, direction, ip_protocol, port_range, source_cidr_ip, source_group_id,
                                              dest_cidr_ip, dest_group_id, policy, priority, description, creation_time)
            VALUES (@SecurityGroupRuleId, @SecurityGroupId, @Direction, @IpProtocol, @PortRange, @SourceCidrIp, @SourceGroupId, @DestCidrIp, @DestGroupId,
                    @Policy, @Priority, @Description, @CreationTime)
            """,
            new
            {
                rule.SecurityGroupRuleId, rule.SecurityGroupId, rule.Direction, rule.IpProtocol, rule.PortRange, rule.SourceCidrIp, rule.SourceGroupId,
                rule.DestCidrIp, rule.DestGroupId, rule.Policy, rule.Priority, rule.Description, CreationTime = UnixTime.ToDb(rule.CreationTime),
            });

    public Task DeleteRuleAsync(string securityGroupRuleId) =>
        db.ExecuteAsync("DELETE FROM security_group_rules WHERE security_group_rule_id = @securityGroupRuleId", new { securityGroupRuleId });

    public async Task<IReadOnlyList<string>> ListNetworkInterfacesInGroupAsync(string securityGroupId, int limit) =>
        (await db.QueryAsync<string>(
            "SELECT network_interface_id FROM network_interface_security_groups WHERE security_group_id = @securityGroupId ORDER BY network_interface_id LIMIT @limit",
            new { securityGroupId, limit })).ToList();

    public Task InsertInstanceAsync(Instance instance) =>
        db.ExecuteAsync(
            """
            INSERT INTO instances (instance_id, account_id, region_id, zone_id, instance_type, instance_name, description, host_name, image_id, network_type,
                                   vpc_id, vswitch_id, primary_network_interface_id, classic_inner_ip_address, public_ip_address, transition, transition_started, creation_time,
                                   resource_group_id)
            VALUES (@InstanceId, @AccountId, @RegionId, @ZoneId, @InstanceType, @InstanceName, @Description, @HostName, @ImageId, @NetworkType,
                    @VpcId, @VSwitchId, @PrimaryNetworkInterfaceId, @ClassicInnerIpAddress, @PublicIpAddress, @Transition, @TransitionStarted, @CreationTime,
                    @ResourceGroupId)
            """,
            InstanceParameters(instance));

    public Task UpdateInstanceAsync(Instance instance) =>
        db.ExecuteAsync(
            """
            UPDATE instances SET instance_name = @InstanceName, description = @Description, host_name = @HostName, public_ip_address = @PublicIpAddress,
                                 transition = @Transition, transition_started = @TransitionStarted
            WHERE instance_id = @InstanceId
            """,
            InstanceParameters(instance));

    public Task DeleteInstanceAsync(string instanceId) =>
        db.ExecuteAsync("DELETE FROM instances WHERE instance_id = @instanceId", new { instanceId });

    public async Task<Instance?> FindInstanceAsync(string accountId, string instanceId) =>
        (await db.QueryRowsAsync(
            $"SELECT {InstanceColumns} FROM instances WHERE account_id = @accountId AND instance_id = @instanceId", new { accountId, instanceId }, ReadInstance)).SingleOrDefault();

    public async Task<Page<Instance>> QueryInstancesAsync(ComputeQuery query)
    {
        var (where, parameters) = Filter(query, "instance_id", "instance_name");
        var total = await db.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM instances WHERE {where}", parameters);
        var rows = await db.QueryRowsAsync($"SELECT {InstanceColumns} FROM instances WHERE {where} ORDER BY creation_time DESC, instance_id LIMIT @limit OFFSET @offset", parameters, ReadInstance);
        return new Page<Instance>(rows, total);
    }

    public async Task InsertNetworkInterfaceAsync(NetworkInterface eni)
    {
        await db.ExecuteAsync(
            """
            INSERT INTO network_interfaces (network_interface_id, account_id, region_id, zone_id, vpc_id, vswitch_id, type, primary_ip_address, mac_address,
                                            network_interface_name, description, instance_id, attached, attachment_changed, creation_time, resource_group_id,
                                            private_traffic_disabled)
            VALUES (@NetworkInterfaceId, @AccountId, @RegionId, @ZoneId, @VpcId, @VSwitchId, @Type, @PrimaryIpAddress, @MacAddress,
                    @NetworkInterfaceName, @Description, @InstanceId, @Attached, @AttachmentChanged, @CreationTime, @ResourceGroupId,
                    @PrivateTrafficDisabled)
            """,
            EniParameters(eni));
        await WriteGroupsAsync(eni);
    }

    public async Task UpdateNetworkInterfaceAsync(NetworkInterface eni)
    {
        await db.ExecuteAsync(
            """
            UPDATE network_interfaces SET network_interface_name = @NetworkInterfaceName, description = @Description, instance_id = @InstanceId,
                                          attached = @Attached, attachment_changed = @AttachmentChanged,
                                          private_traffic_disabled = @PrivateTrafficDisabled
            WHERE network_interface_id = @NetworkInterfaceId
            """,
            EniParameters(eni));
        await db.ExecuteAsync("DELETE FROM network_interface_security_groups WHERE network_interface_id = @NetworkInterfaceId", new { eni.NetworkInterfaceId });
        await WriteGroupsAsync(eni);
    }

    public async Task DeleteNetworkInterfaceAsync(string networkInterfaceId)
    {
        await db.ExecuteAsync("DELETE FROM network_interface_security_groups WHERE network_interface_id = @networkInterfaceId", new { networkInterfaceId });
        await db.ExecuteAsync("DELETE FROM network_interfaces WHERE network_interface_id = @networkInterfaceId", new { networkInterfaceId });
    }

    public async Task<NetworkInterface?> FindNetworkInterfaceAsync(string accountId, string networkInterfaceId)
    {
        var eni = (await db.QueryRowsAsync(
            $"SELECT {EniColumns} FROM network_interfaces WHERE account_id = @accountId AND network_interface_id = @networkInterfaceId", new { accountId, networkInterfaceId }, ReadEni))
            .SingleOrDefault();
        return eni is null ? null : await WithGroupsAsync(eni);
    }

    public async Task<Page<NetworkInterface>> QueryNetworkInterfacesAsync(ComputeQuery query)
    {
        var (where, parameters) = Filter(query, "network_interface_id", "network_interface_name");
        if (query.InstanceId is not null)
        {
            where += " AND instance_id = @instanceId AND attached = 1";
            parameters.Add("instanceId", query.InstanceId);
        }

        if (query.Type is not null)
        {
            where += " AND type = @type";
            parameters.Add("type", query.Type);
        }

        var total = await db.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM network_interfaces WHERE {where}", parameters);
        var rows = await db.QueryRowsAsync($"SELECT {EniColumns} FROM network_interfaces WHERE {where} ORDER BY creation_time DESC, network_interface_id LIMIT @limit OFFSET @offset", parameters, ReadEni);
        var items = new List<NetworkInterface>();
        foreach (var row in rows)
            items.Add(await WithGroupsAsync(row));
        return new Page<NetworkInterface>(items, total);
    }

    // The id breaks ties of one millisecond: without it SQLite lists them by rowid and PostgreSQL by where the row sits
    // in the table, which every attach and detach changes (DescribeInstances shows this order).
    public async Task<IReadOnlyList<NetworkInterface>> ListNetworkInterfacesOfInstanceAsync(string instanceId)
    {
        var rows = await db.QueryRowsAsync($"SELECT {EniColumns} FROM network_interfaces WHERE instance_id = @instanceId ORDER BY type, creation_time, network_interface_id", new { instanceId }, ReadEni);
        var items = new List<NetworkInterface>();
        foreach (var row in rows)
            items.Add(await WithGroupsAsync(row));
        return items;
    }

    private async Task<NetworkInterface> WithGroupsAsync(NetworkInterface eni) => eni with
    {
        SecurityGroupIds = await db.QueryRowsAsync(
            "SELECT security_group_id FROM network_interface_security_groups WHERE network_interface_id = @networkInterfaceId ORDER BY position",
            new { networkInterfaceId = eni.NetworkInterfaceId }, row => row.GetString(0)),
    };

    private async Task WriteGroupsAsync(NetworkInterface eni)
    {
        for (var i = 0; i < eni.SecurityGroupIds.Count; i++)
        {
            await db.ExecuteAsync(
                "INSERT INTO network_interface_security_groups (network_interface_id, security_group_id, position) VALUES (@id, @group, @i)",
                new { id = eni.NetworkInterfaceId, group = eni.SecurityGroupIds[i], i });
        }
    }

    private (string Where, DynamicParameters Parameters) Filter(ComputeQuery query, string idColumn, string nameColumn)
    {
        var where = new StringBuilder("account_id = @accountId AND region_id = @regionId");
        var parameters = new DynamicParameters(new { accountId = query.AccountId, regionId = query.RegionId, limit = query.PageSize, offset = (long)(query.PageNumber - 1) * query.PageSize });
        if (query.Ids.Count > 0)
        {
            where.Append($" AND {db.In(idColumn, "@ids")}");
            parameters.Add("ids", query.Ids.ToArray());
        }

        if (query.VpcId is not null)
        {
            where.Append(" AND vpc_id = @vpcId");
            parameters.Add("vpcId", query.VpcId);
        }

        if (query.VSwitchId is not null)
        {
            where.Append(" AND vswitch_id = @vSwitchId");
            parameters.Add("vSwitchId", query.VSwitchId);
        }

        if (query.ZoneId is not null)
        {
            where.Append(" AND zone_id = @zoneId");
            parameters.Add("zoneId", query.ZoneId);
        }

        if (query.Name is not null)
        {
            where.Append($" AND {nameColumn} = @name");
            parameters.Add("name", query.Name);
        }

        if (query.ResourceGroupId is not null)
        {
            where.Append(" AND resource_group_id = @resourceGroupId");
            parameters.Add("resourceGroupId", query.ResourceGroupId);
        }

        return (where.ToString(), parameters);
    }

    private static object InstanceParameters(Instance i) => new
    {
        i.InstanceId, i.AccountId, i.RegionId, i.ZoneId, i.InstanceType, i.InstanceName, i.Description, i.HostName, i.ImageId, i.NetworkType,
        i.VpcId, i.VSwitchId, i.PrimaryNetworkInterfaceId, i.ClassicInnerIpAddress, i.PublicIpAddress,
        Transition = i.Transition.ToString(), TransitionStarted = UnixTime.ToDb(i.TransitionStarted), CreationTime = UnixTime.ToDb(i.CreationTime),
        i.ResourceGroupId,
    };

    private static object EniParameters(NetworkInterface e) => new
    {
        e.NetworkInterfaceId, e.AccountId, e.RegionId, e.ZoneId, e.VpcId, e.VSwitchId, e.Type, e.PrimaryIpAddress, e.MacAddress,
        e.NetworkInterfaceName, e.Description, e.InstanceId, Attached = e.Attached ? 1 : 0,
        AttachmentChanged = UnixTime.ToDb(e.AttachmentChanged), CreationTime = UnixTime.ToDb(e.CreationTime),
        PrivateTrafficDisabled = e.PrivateTrafficDisabled ? 1 : 0,
        e.ResourceGroupId,
    };
}
