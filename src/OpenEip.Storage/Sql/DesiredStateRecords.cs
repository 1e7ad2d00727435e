using System.Data.Common;
using System.Text.Json;
using Dapper;
using OpenEip.Core.Associations;
using OpenEip.Core.DataPlane.Desired;
using OpenEip.Core.Networks;
using OpenEip.Core.Ports;

namespace OpenEip.Storage.Sql;

/// <summary>
/// The data plane's desired state, across every account: bindings resolved to the VPC and address that
/// carry them, and the VPCs with everything their routers and hosts need.
/// </summary>
internal sealed class DesiredStateRecords(SqlCommands db) : IDesiredStateRecords
{
    private const string EipSelect =
        """
        SELECT e.allocation_id AS AllocationId, e.ip_address AS IpAddress, e.region_id AS RegionId, e.generation AS Generation, e.observed_generation AS ObservedGeneration,
               b.allocation_id IS NULL AS Unbound, COALESCE(b.unbinding, 0) AS Unbinding, COALESCE(b.instance_type, '') AS TargetType,
               COALESCE(b.instance_id, '') AS TargetId, COALESCE(b.mode, '') AS Mode, COALESCE(b.private_ip_address, '') AS PrivateIp,
               COALESCE(b.network_interface_id, '') AS NetworkInterfaceId,
               COALESCE(NULLIF(b.vpc_id, ''), ni.vpc_id, h.vpc_id, g.vpc_id, l.vpc_id, '') AS VpcId
        FROM eips e
        LEFT JOIN eip_bindings b ON b.allocation_id = e.allocation_id
        LEFT JOIN network_interfaces ni ON b.network_interface_id <> '' AND ni.network_interface_id = b.network_interface_id
        LEFT JOIN havips h ON b.instance_type = 'HaVip' AND h.havip_id = b.instance_id
        LEFT JOIN nat_gateways g ON b.instance_type = 'Nat' AND g.nat_gateway_id = b.instance_id
        LEFT JOIN classic_load_balancers l ON b.instance_type = 'SlbInstance' AND l.load_balancer_id = b.instance_id
        """;

    public async Task<IReadOnlyList<EipDesired>> ListEipsAsync(IReadOnlyCollection<string>? allocationIds)
    {
        var rows = allocationIds is null
            ? await db.QueryAsync<EipRow>($"{EipSelect} WHERE b.allocation_id IS NOT NULL ORDER BY e.allocation_id")
            : await db.QueryAsync<EipRow>($"{EipSelect} WHERE {db.In("e.allocation_id", "@allocationIds")}", new { allocationIds = allocationIds.ToArray() });
        return rows.Select(r => r.ToDesired()).ToList();
    }

    public async Task<IReadOnlyList<VpcDesired>> ListVpcsAsync()
    {
        var vpcs = await Query<VpcRow>("SELECT vpc_id AS VpcId, account_id AS AccountId, region_id AS RegionId, cidr_block AS CidrBlock, secondary_cidr_blocks AS SecondaryCidrBlocks FROM vpcs ORDER BY vpc_id");
        var vSwitches = (await Query<(string VSwitchId, string VpcId, string CidrBlock)>("SELECT vswitch_id, vpc_id, cidr_block FROM vswitches ORDER BY vswitch_id"))
            .ToLookup(v => v.VpcId, v => new VSwitchDesired(v.VSwitchId, v.CidrBlock, GatewayOf(v.CidrBlock)));
        var hosts = await HostsAsync();
        var groups = await SecurityGroupsAsync();
        var gateways = await NatGatewaysAsync();
        var haVips = await HaVipsAsync();
        return vpcs.Select(v => new VpcDesired
        {
            VpcId = v.VpcId,
            AccountId = v.AccountId,
            RegionId = v.RegionId,
            CidrBlocks = [v.CidrBlock, .. JsonSerializer.Deserialize<List<string>>(v.SecondaryCidrBlocks) ?? []],
            VSwitches = vSwitches[v.VpcId].ToList(),
            Hosts = hosts[v.VpcId].ToList(),
            SecurityGroups = groups[v.VpcId].ToList(),
            NatGateways = gateways[v.VpcId].ToList(),
            HaVips = haVips[v.VpcId].ToList(),
        }).ToList();
    }

    /// <summary>The router's address on a vSwitch: the first of the three top addresses every vSwitch reserves.</summary>
    private static string GatewayOf(string cidrBlock) => Ipv4Block.ToText(Ipv4Block.Parse(cidrBlock)!.Value.Last - 2);

    /// <summary>Instances (primary ENI first, then attached ENIs in order of attachment), unattached ENIs, and intranet CLBs.</summary>
    private async Task<ILookup<string, HostDesired>> HostsAsync()
    {
        var enis = await Query<EniRow>(
            """
            SELECT network_interface_id AS NetworkInterfaceId, vpc_id AS VpcId, vswitch_id AS VSwitchId, type AS Type, primary_ip_address AS PrimaryIp,
                   mac_address AS MacAddress, instance_id AS InstanceId, attached AS Attached, attachment_changed AS AttachmentChanged,
                   private_traffic_disabled AS PrivateTrafficDisabled
            FROM network_interfaces ORDER BY network_interface_id
            """);
        var ips = (await Query<(string OwnerId, string IpAddress)>(
                "SELECT owner_id, ip_address FROM private_ips WHERE owner_type = 'NetworkInterface' ORDER BY owner_id, ip_number"))
            .ToLookup(i => i.OwnerId, i => i.IpAddress);
        var groups = (await Query<(string NetworkInterfaceId, string SecurityGroupId)>(
                "SELECT network_interface_id, security_group_id FROM network_interface_security_groups ORDER BY network_interface_id, position"))
            .ToLookup(g => g.NetworkInterfaceId, g => g.SecurityGroupId);
        var instances = await Query<(string InstanceId, string VpcId, string PrimaryNetworkInterfaceId)>(
            "SELECT instance_id, vpc_id, primary_network_interface_id FROM instances WHERE network_type = 'vpc' AND primary_network_interface_id <> '' ORDER BY instance_id");

        InterfaceDesired Interface(EniRow eni, int index) => new()
        {
            InterfaceId = eni.NetworkInterfaceId,
            VSwitchId = eni.VSwitchId,
            MacAddress = eni.MacAddress,
            PrivateIps = [eni.PrimaryIp, .. ips[eni.NetworkInterfaceId].Where(ip => ip != eni.PrimaryIp)],
            DeviceIndex = index,
            SecurityGroupIds = groups[eni.NetworkInterfaceId].ToList(),
            PrivateTrafficDisabled = eni.PrivateTrafficDisabled != 0,
        };

        var byId = enis.ToDictionary(e => e.NetworkInterfaceId, StringComparer.Ordinal);
        var attachedTo = enis.Where(e => e.Type != "Primary" && e.Attached != 0 && e.InstanceId.Length > 0)
            .OrderBy(e => e.AttachmentChanged).ThenBy(e => e.NetworkInterfaceId, StringComparer.Ordinal)
            .ToLookup(e => e.InstanceId);
        var hosts = new List<(string VpcId, HostDesired Host)>();
        foreach (var instance in instances)
        {
            if (!byId.TryGetValue(instance.PrimaryNetworkInterfaceId, out var primary))
                continue;
            var interfaces = new List<InterfaceDesired> { Interface(primary, 0) };
            interfaces.AddRange(attachedTo[instance.InstanceId].Select((eni, i) => Interface(eni, i + 1)));
            hosts.Add((instance.VpcId, new HostDesired(instance.InstanceId, HostKind.Instance, interfaces)));
        }

        foreach (var eni in enis.Where(e => e.Type != "Primary" && (e.Attached == 0 || e.InstanceId.Length == 0)))
            hosts.Add((eni.VpcId, new HostDesired(eni.NetworkInterfaceId, HostKind.NetworkInterface, [Interface(eni, 0)])));

        var balancers = await Query<(string LoadBalancerId, string VpcId, string VSwitchId, string Address)>(
            "SELECT load_balancer_id, vpc_id, vswitch_id, address FROM classic_load_balancers WHERE address_type = 'intranet' AND vpc_id <> '' AND vswitch_id <> '' ORDER BY load_balancer_id");
        foreach (var lb in balancers)
        {
            hosts.Add((lb.VpcId, new HostDesired(lb.LoadBalancerId, HostKind.LoadBalancer,
                [new InterfaceDesired { InterfaceId = lb.LoadBalancerId, VSwitchId = lb.VSwitchId, MacAddress = LocalMac(lb.LoadBalancerId), PrivateIps = [lb.Address], DeviceIndex = 0 }])));
        }

        return hosts.ToLookup(h => h.VpcId, h => h.Host);
    }

    private async Task<ILookup<string, SecurityGroupDesired>> SecurityGroupsAsync()
    {
        var groups = await Query<(string SecurityGroupId, string VpcId)>("SELECT security_group_id, vpc_id FROM security_groups ORDER BY security_group_id");
        var records = new ComputeRecords(db);
        var result = new List<(string VpcId, SecurityGroupDesired Group)>();
        foreach (var group in groups)
            result.Add((group.VpcId, new SecurityGroupDesired(group.SecurityGroupId, await records.ListRulesAsync(group.SecurityGroupId))));
        return result.ToLookup(g => g.VpcId, g => g.Group);
    }

    private async Task<ILookup<string, NatGatewayDesired>> NatGatewaysAsync()
    {
        var gateways = await Query<(string NatGatewayId, string VpcId, string VSwitchId)>(
            "SELECT nat_gateway_id, vpc_id, vswitch_id FROM nat_gateways WHERE network_type = 'internet' ORDER BY nat_gateway_id");
        var entries = new NatEntryRecords(db);
        var result = new List<(string VpcId, NatGatewayDesired Gateway)>();
        foreach (var gateway in gateways)
        {
            result.Add((gateway.VpcId, new NatGatewayDesired(gateway.NatGatewayId, gateway.VSwitchId,
                await entries.ListSnatAsync(gateway.NatGatewayId), await entries.ListForwardAsync(gateway.NatGatewayId))));
        }

        return result.ToLookup(g => g.VpcId, g => g.Gateway);
    }

    /// <summary>HaVips with their members as interfaces: an ECS member is its primary ENI.</summary>
    private async Task<ILookup<string, HaVipDesired>> HaVipsAsync()
    {
        var haVips = await Query<(string HaVipId, string VpcId, string VSwitchId, string IpAddress, string MasterInstanceId)>(
            "SELECT havip_id, vpc_id, vswitch_id, ip_address, master_instance_id FROM havips ORDER BY havip_id");
        var members = (await Query<(string HaVipId, string InterfaceId)>(
                """
                SELECT m.havip_id, CASE WHEN m.instance_type = 'EcsInstance' THEN COALESCE(i.primary_network_interface_id, '') ELSE m.instance_id END
                FROM havip_members m LEFT JOIN instances i ON m.instance_type = 'EcsInstance' AND i.instance_id = m.instance_id
                ORDER BY m.havip_id, m.position
                """))
            .ToLookup(m => m.HaVipId, m => m.InterfaceId);
        var primaryOf = (await Query<(string InstanceId, string PrimaryNetworkInterfaceId)>("SELECT instance_id, primary_network_interface_id FROM instances"))
            .ToDictionary(i => i.InstanceId, i => i.PrimaryNetworkInterfaceId, StringComparer.Ordinal);
        return haVips.ToLookup(h => h.VpcId, h => new HaVipDesired(
            h.HaVipId, h.VSwitchId, h.IpAddress,
            members[h.HaVipId].Where(m => m.Length > 0).ToList(),
            primaryOf.GetValueOrDefault(h.MasterInstanceId, h.MasterInstanceId)));
    }

    /// <summary>A stable, locally administered MAC for an interface the API gives none (a CLB's).</summary>
    private static string LocalMac(string id)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id));
        return $"02:{hash[0]:x2}:{hash[1]:x2}:{hash[2]:x2}:{hash[3]:x2}:{hash[4]:x2}";
    }

    private Task<IEnumerable<T>> Query<T>(string sql) => db.QueryAsync<T>(sql);

    private sealed class EipRow
    {
        public string AllocationId { get; init; } = "";
        public string IpAddress { get; init; } = "";
        public string RegionId { get; init; } = "";
        public long Generation { get; init; }
        public long ObservedGeneration { get; init; }
        public long Unbound { get; init; }
        public long Unbinding { get; init; }
        public string TargetType { get; init; } = "";
        public string TargetId { get; init; } = "";
        public string Mode { get; init; } = "";
        public string PrivateIp { get; init; } = "";
        public string NetworkInterfaceId { get; init; } = "";
        public string VpcId { get; init; } = "";

        public EipDesired ToDesired() => new()
        {
            AllocationId = AllocationId,
            IpAddress = IpAddress,
            RegionId = RegionId,
            Generation = Generation,
            ObservedGeneration = ObservedGeneration,
            Unbinding = Unbound != 0 || Unbinding != 0,
            Delivery = TargetType == BindingTargetTypes.Nat ? EipDelivery.NatGateway
                : Mode == BindingModes.Binded ? EipDelivery.Binded
                : Mode == BindingModes.MultiBinded ? EipDelivery.MultiBinded
                : EipDelivery.Nat,
            VpcId = VpcId,
            PrivateIp = PrivateIp,
            NetworkInterfaceId = NetworkInterfaceId,
            TargetType = TargetType,
            TargetId = TargetId,
        };
    }

    private sealed class VpcRow
    {
        public string VpcId { get; init; } = "";
        public string AccountId { get; init; } = "";
        public string RegionId { get; init; } = "";
        public string CidrBlock { get; init; } = "";
        public string SecondaryCidrBlocks { get; init; } = "[]";
    }

    private sealed class EniRow
    {
        public string NetworkInterfaceId { get; init; } = "";
        public string VpcId { get; init; } = "";
        public string VSwitchId { get; init; } = "";
        public string Type { get; init; } = "";
        public string PrimaryIp { get; init; } = "";
        public string MacAddress { get; init; } = "";
        public string InstanceId { get; init; } = "";
        public long Attached { get; init; }
        public long AttachmentChanged { get; init; }
        public long PrivateTrafficDisabled { get; init; }
    }
}
