using OpenEip.Core.DataPlane.Desired;
using OpenEip.Core.Networks;
using OpenEip.DataPlane.Naming;

namespace OpenEip.DataPlane.Rendering;

/// <summary>
/// The networks of one desired state, resolved once: regions with their pools and links, VPCs with their
/// numbers, bridges, hosts and interfaces, every name fixed. What cannot be built (an invalid name, an
/// interface on an unknown vSwitch) is left out here, so the renderers never see it.
/// </summary>
internal sealed class NetworkIndex
{
    private NetworkIndex()
    {
    }

    public IReadOnlyList<string> Regions { get; private init; } = [];
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Pools { get; private init; } = new Dictionary<string, IReadOnlyList<string>>();
    public IReadOnlyDictionary<string, string> RegionLinks { get; private init; } = new Dictionary<string, string>();
    public SortedDictionary<string, VpcContext> Vpcs { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, HostContext> Hosts { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, InterfaceContext> Interfaces { get; } = new(StringComparer.Ordinal);

    /// <summary>The HaVip addresses each member interface may hold (for its host's source rules).</summary>
    public Dictionary<string, List<string>> HaVipsByMember { get; } = new(StringComparer.Ordinal);

    public static NetworkIndex Build(IReadOnlyList<RegionPool> pools, IReadOnlyList<VpcDesired> vpcs)
    {
        var validVpcs = vpcs.Where(v => NamespaceNames.IsValid(v.VpcId) && IsRegion(v.RegionId) && !Reserved(v.VpcId))
            .DistinctBy(v => v.VpcId, StringComparer.Ordinal).ToList();
        var poolsByRegion = pools.Where(p => IsRegion(p.RegionId)).GroupBy(p => p.RegionId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.SelectMany(p => p.Cidrs).Select(Ip.Block).OfType<Ipv4Block>()
                .Select(b => b.ToString()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        // A region gets a gateway (and the internet a route to its pools) once it has a VPC: a host with
        // no networks holds no namespace at all, and deleting the last VPC leaves nothing behind.
        var regions = validVpcs.Select(v => v.RegionId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var index = new NetworkIndex
        {
            Regions = regions,
            Pools = poolsByRegion,
            RegionLinks = UniqueNames.Assign(regions, LinkNames.RegionLink),
        };
        foreach (var region in validVpcs.GroupBy(v => v.RegionId, StringComparer.Ordinal))
        {
            var ids = region.Select(v => v.VpcId).ToList();
            var marks = VpcMarks.Assign(ids);
            var links = UniqueNames.Assign(ids, LinkNames.VpcLink);
            foreach (var vpc in region)
                index.Vpcs[vpc.VpcId] = new VpcContext(vpc, marks[vpc.VpcId], links[vpc.VpcId]);
        }

        foreach (var vpc in index.Vpcs.Values)
            index.AddVpcContents(vpc);
        return index;
    }

    public IEnumerable<VpcContext> VpcsIn(string region) => Vpcs.Values.Where(v => v.Region == region);

    private void AddVpcContents(VpcContext vpc)
    {
        var bridges = UniqueNames.Assign(vpc.Desired.VSwitches.Select(s => s.VSwitchId), LinkNames.Bridge);
        foreach (var vSwitch in vpc.Desired.VSwitches)
        {
            if (Ipv4Block.Parse(vSwitch.CidrBlock) is { PrefixLength: <= 30 } block && Ip.Address(vSwitch.GatewayIp) is { } gateway
                && block.Contains(Ipv4Block.ParseAddress(gateway)!.Value))
                vpc.VSwitches[vSwitch.VSwitchId] = new VSwitchContext(vSwitch, block, gateway, bridges[vSwitch.VSwitchId]);
        }

        foreach (var host in vpc.Desired.Hosts)
        {
            if (!NamespaceNames.IsValid(host.Namespace) || Reserved(host.Namespace) || Hosts.ContainsKey(host.Namespace) || Vpcs.ContainsKey(host.Namespace))
                continue;
            var context = new HostContext(host, vpc);
            foreach (var desired in host.Interfaces.Where(i => i.DeviceIndex >= 0).DistinctBy(i => i.DeviceIndex).OrderBy(i => i.DeviceIndex))
            {
                if (Interfaces.ContainsKey(desired.InterfaceId) || !vpc.VSwitches.TryGetValue(desired.VSwitchId, out var vSwitch) || Ip.Mac(desired.MacAddress) is not { } mac)
                    continue;
                var ips = desired.PrivateIps.Select(Ip.Address).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
                var iface = new InterfaceContext(desired, context, vSwitch, mac, ips);
                context.Interfaces.Add(iface);
                Interfaces[iface.Id] = iface;
            }

            vpc.Hosts.Add(context);
            Hosts[host.Namespace] = context;
        }

        var ports = UniqueNames.Assign(vpc.Interfaces.Select(PortKey), (key, salt) =>
        {
            var slash = key.IndexOf('/', StringComparison.Ordinal);
            return LinkNames.HostPort(key[..slash], key[(slash + 1)..], salt);
        });
        foreach (var iface in vpc.Interfaces)
            iface.Port = ports[PortKey(iface)];

        foreach (var gateway in vpc.Desired.NatGateways)
            vpc.NatGateways.Add(gateway.NatGatewayId);
        foreach (var haVip in vpc.Desired.HaVips)
            AddHaVip(vpc, haVip);
        vpc.Security = SecurityGroupRenderer.Plan(vpc);
    }

    private void AddHaVip(VpcContext vpc, HaVipDesired haVip)
    {
        if (Ip.Address(haVip.IpAddress) is not { } address)
            return;
        var members = haVip.MemberInterfaceIds.Select(id => Interfaces.GetValueOrDefault(id)).OfType<InterfaceContext>().Where(i => i.Vpc == vpc).ToList();
        var master = members.FirstOrDefault(m => m.Id == haVip.MasterInterfaceId);
        vpc.HaVips[haVip.HaVipId] = new HaVipContext(haVip, address, members, master);
        foreach (var member in members)
        {
            if (!HaVipsByMember.TryGetValue(member.Id, out var list))
                HaVipsByMember[member.Id] = list = [];
            list.Add(address);
        }
    }

    private static string PortKey(InterfaceContext iface) => iface.Host.Namespace + "/" + iface.Id;

    private static bool IsRegion(string regionId) => NamespaceNames.IsValid(NamespaceNames.Gateway(regionId));

    // The names OpenEip gives its own namespaces cannot be a host's or a router's.
    private static bool Reserved(string name) => name == NamespaceNames.Internet || name.StartsWith(NamespaceNames.GatewayPrefix, StringComparison.Ordinal);
}
