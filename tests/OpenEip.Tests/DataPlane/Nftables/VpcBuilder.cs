using OpenEip.Core.Compute;
using OpenEip.Core.DataPlane.Desired;
using OpenEip.Core.Nat;
using OpenEip.Core.Networks;

namespace OpenEip.Tests.DataPlane.Nftables;

/// <summary>A VPC of a hand-made desired state: vSwitches, hosts with interfaces, groups, NAT gateways, HaVips.</summary>
internal sealed class VpcBuilder(string id, string region, string cidr)
{
    private readonly List<VSwitchDesired> _vSwitches = [];
    private readonly List<HostDesired> _hosts = [];
    private readonly List<SecurityGroupDesired> _groups = [];
    private readonly List<NatGatewayDesired> _natGateways = [];
    private readonly List<HaVipDesired> _haVips = [];

    public string Id => id;
    public string Region => region;

    public VpcBuilder VSwitch(string vSwitchId, string block)
    {
        var gateway = Ipv4Block.Parse(block) is { } parsed ? Ipv4Block.ToText(parsed.Last - 2) : "0.0.0.0";
        _vSwitches.Add(new VSwitchDesired(vSwitchId, block, gateway));
        return this;
    }

    public VpcBuilder Host(string ns, HostKind kind, params InterfaceDesired[] interfaces)
    {
        _hosts.Add(new HostDesired(ns, kind, interfaces));
        return this;
    }

    public VpcBuilder Instance(string instanceId, params InterfaceDesired[] interfaces) => Host(instanceId, HostKind.Instance, interfaces);

    public VpcBuilder Group(string groupId, params SecurityGroupRule[] rules)
    {
        _groups.Add(new SecurityGroupDesired(groupId, rules));
        return this;
    }

    /// <summary>Adds a rule to a group already there.</summary>
    public VpcBuilder Rule(string groupId, SecurityGroupRule rule)
    {
        var index = _groups.FindIndex(g => g.SecurityGroupId == groupId);
        _groups[index] = _groups[index] with { Rules = [.. _groups[index].Rules, rule] };
        return this;
    }

    public VpcBuilder NatGateway(string natGatewayId, string vSwitchId, IReadOnlyList<SnatEntry> snat, IReadOnlyList<ForwardEntry> forward)
    {
        _natGateways.Add(new NatGatewayDesired(natGatewayId, vSwitchId, snat, forward));
        return this;
    }

    public VpcBuilder HaVip(string haVipId, string vSwitchId, string address, string master, params string[] members)
    {
        _haVips.Add(new HaVipDesired(haVipId, vSwitchId, address, members, master));
        return this;
    }

    public VpcDesired Build() => new()
    {
        VpcId = id,
        AccountId = "1000000000000001",
        RegionId = region,
        CidrBlocks = [cidr],
        VSwitches = _vSwitches,
        Hosts = _hosts,
        SecurityGroups = _groups,
        NatGateways = _natGateways,
        HaVips = _haVips,
    };

    public static InterfaceDesired Eni(string eniId, string vSwitchId, int deviceIndex, params string[] ips) => new()
    {
        InterfaceId = eniId,
        VSwitchId = vSwitchId,
        MacAddress = Mac(eniId),
        PrivateIps = ips,
        DeviceIndex = deviceIndex,
    };

    public static string Mac(string id)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id));
        return $"00:16:3e:{hash[0]:x2}:{hash[1]:x2}:{hash[2]:x2}";
    }
}
