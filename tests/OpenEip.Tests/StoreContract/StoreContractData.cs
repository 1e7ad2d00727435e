using OpenEip.Core.Accounts;
using OpenEip.Core.Compute;
using OpenEip.Core.HaVips;
using OpenEip.Core.LoadBalancers;
using OpenEip.Core.Nat;
using OpenEip.Core.Networks;
using OpenEip.Core.ResourceGroups;

namespace OpenEip.Tests.StoreContract;

/// <summary>
/// The records the store contracts write. Every field holds a value of its own and flags hold their non-default value,
/// so that a column a store forgets to write or read, or reads into the wrong field, shows in a round trip. Times are
/// whole milliseconds (the stores keep Unix milliseconds).
/// </summary>
public static class StoreContractData
{
    public const string Region = "cn-hangzhou";
    public const string OtherRegion = "cn-shanghai";
    public const string Zone = "cn-hangzhou-b";

    public static readonly DateTimeOffset Start = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Ids that sort differently by bytes (SQLite's order, and PostgreSQL's on a C-collated database) than by a
    /// linguistic collation, which ignores punctuation and case at first: '-' &lt; '.' &lt; digits &lt; upper case &lt; '_'
    /// &lt; lower case. Listed here in the order they were inserted, which is none of those orders.
    /// </summary>
    public static readonly IReadOnlyList<string> MixedSuffixes = ["b", "_c", "B", "-d", "a", "1", ".e", "A"];

    public static string NewAccountId() => Guid.NewGuid().ToString("N")[..16];

    /// <param name="name">Distinguishes the VPC and vSwitch ids when a test makes several networks.</param>
    public static ContractNetwork NewNetwork(string accountId, DateTimeOffset at, string name = "main") => new(
        new Account(accountId, $"account {accountId}", false, at),
        new ResourceGroup
        {
            ResourceGroupId = $"rg-default-{accountId}", AccountId = accountId, Name = ResourceGroupRules.DefaultName,
            DisplayName = ResourceGroupRules.DefaultDisplayName, IsDefault = true, CreationTime = at,
        },
        new Vpc
        {
            VpcId = $"vpc-{name}-{accountId}", AccountId = accountId, RegionId = Region, CidrBlock = "10.0.0.0/16",
            SecondaryCidrBlocks = ["172.16.0.0/24", "192.168.0.0/24"], VpcName = $"vpc {name}", Description = $"the {name} VPC",
            ResourceGroupId = $"rg-default-{accountId}", VRouterId = $"vrt-{name}-{accountId}", RouteTableId = $"vtb-{name}-{accountId}", CreationTime = at,
        },
        new VSwitch
        {
            VSwitchId = $"vsw-{name}-{accountId}", VpcId = $"vpc-{name}-{accountId}", AccountId = accountId, RegionId = Region, ZoneId = Zone,
            CidrBlock = "10.0.0.0/24", VSwitchName = $"vswitch {name}", Description = $"the {name} vSwitch", CreationTime = at,
        });

    public static ResourceGroup Group(string accountId, string id, DateTimeOffset at) => new()
    {
        ResourceGroupId = id, AccountId = accountId, Name = $"name-{id}", DisplayName = $"Group {id}", CreationTime = at,
    };

    public static VSwitch VSwitch(ContractNetwork n, string id, string cidrBlock, DateTimeOffset at) => n.VSwitch with
    {
        VSwitchId = id, CidrBlock = cidrBlock, VSwitchName = $"name of {id}", Description = $"about {id}", CreationTime = at,
    };

    public static NatGateway NatGateway(ContractNetwork n, string id, DateTimeOffset at) => new()
    {
        NatGatewayId = id, AccountId = n.AccountId, RegionId = Region, VpcId = n.VpcId, VSwitchId = n.VSwitchId, ZoneId = Zone,
        NetworkType = "internet", EipBindMode = "NAT", Name = $"name of {id}", Description = $"about {id}", PrivateIpAddress = "10.0.0.250",
        NetworkInterfaceId = $"eni-of-{id}", SnatTableId = $"stb-{id}", ForwardTableId = $"ftb-{id}", ResourceGroupId = n.GroupId,
        CreationTime = at, DeletionProtection = true, IcmpReplyEnabled = false,
    };

    /// <summary>An SNAT entry of a vSwitch source, or of a CIDR block when <paramref name="sourceVSwitchId"/> is empty.</summary>
    public static SnatEntry Snat(NatGateway g, string id, string sourceCidr, IReadOnlyList<string> snatIps, DateTimeOffset at, string sourceVSwitchId = "") => new()
    {
        SnatEntryId = id, AccountId = g.AccountId, RegionId = g.RegionId, NatGatewayId = g.NatGatewayId, SnatTableId = g.SnatTableId,
        Name = $"name of {id}", SnatIps = snatIps, SourceVSwitchId = sourceVSwitchId, SourceCidr = sourceCidr, EipAffinity = 1, CreationTime = at,
    };

    public static ForwardEntry Forward(NatGateway g, string id, string externalIp, string externalPort, string internalIp, DateTimeOffset at) => new()
    {
        ForwardEntryId = id, AccountId = g.AccountId, RegionId = g.RegionId, NatGatewayId = g.NatGatewayId, ForwardTableId = g.ForwardTableId,
        Name = $"name of {id}", ExternalIp = externalIp, ExternalPort = externalPort, InternalIp = internalIp, InternalPort = "8080",
        IpProtocol = "tcp", PortBreak = true, CreationTime = at,
    };

    public static Instance Instance(ContractNetwork n, string id, DateTimeOffset at) => new()
    {
        InstanceId = id, AccountId = n.AccountId, RegionId = Region, ZoneId = Zone, InstanceType = "ecs.g7.large", InstanceName = $"name of {id}",
        Description = $"about {id}", HostName = $"host-{id}", ImageId = "ubuntu_24_04_x64_20G_alibase_20260101.vhd", NetworkType = "vpc",
        VpcId = n.VpcId, VSwitchId = n.VSwitchId, PrimaryNetworkInterfaceId = $"eni-primary-{id}", ClassicInnerIpAddress = "10.1.2.3",
        PublicIpAddress = "198.51.100.7", ResourceGroupId = n.GroupId, Transition = PowerTransition.Reboot,
        TransitionStarted = at.AddMinutes(5), CreationTime = at,
    };

    /// <summary>A secondary ENI attached to <paramref name="instanceId"/> (or detached, with an empty one).</summary>
    public static NetworkInterface Eni(ContractNetwork n, string id, string primaryIp, DateTimeOffset at, string instanceId = "", IReadOnlyList<string>? securityGroupIds = null) => new()
    {
        NetworkInterfaceId = id, AccountId = n.AccountId, RegionId = Region, ZoneId = Zone, VpcId = n.VpcId, VSwitchId = n.VSwitchId,
        Type = "Secondary", PrimaryIpAddress = primaryIp, MacAddress = "00:16:3e:12:34:56", SecurityGroupIds = securityGroupIds ?? [],
        NetworkInterfaceName = $"name of {id}", Description = $"about {id}", ResourceGroupId = n.GroupId, InstanceId = instanceId,
        Attached = instanceId.Length > 0, AttachmentChanged = at.AddSeconds(30), CreationTime = at,
    };

    public static SecurityGroup SecurityGroup(ContractNetwork n, string id, DateTimeOffset at) =>
        new(id, n.AccountId, Region, n.VpcId, $"name of {id}", $"about {id}", at) { ResourceGroupId = n.GroupId };

    public static SecurityGroupRule Rule(string securityGroupId, string id, int priority, DateTimeOffset at) => new()
    {
        SecurityGroupRuleId = id, SecurityGroupId = securityGroupId, Direction = "ingress", IpProtocol = "tcp", PortRange = "22/22",
        SourceCidrIp = "192.0.2.0/24", SourceGroupId = "sg-peer", DestCidrIp = "10.0.0.0/24", DestGroupId = "sg-dest", Policy = "drop",
        Priority = priority, Description = $"about {id}", CreationTime = at,
    };

    public static HaVip HaVip(ContractNetwork n, string id, string ipAddress, DateTimeOffset at, IReadOnlyList<HaVipMember>? members = null, string master = "") => new()
    {
        HaVipId = id, AccountId = n.AccountId, RegionId = Region, VpcId = n.VpcId, VSwitchId = n.VSwitchId, IpAddress = ipAddress,
        Name = $"name of {id}", Description = $"about {id}", Members = members ?? [], MasterInstanceId = master, ResourceGroupId = n.GroupId,
        CreationTime = at,
    };

    public static ClassicLoadBalancer ClassicLoadBalancer(ContractNetwork n, string id, string addressType, string address, DateTimeOffset at) => new()
    {
        LoadBalancerId = id, AccountId = n.AccountId, RegionId = Region, LoadBalancerName = $"name of {id}", AddressType = addressType,
        Address = address, VpcId = n.VpcId, VSwitchId = n.VSwitchId, MasterZoneId = Zone, CreationTime = at, ResourceGroupId = n.GroupId,
    };

    public static ZonalLoadBalancer ZonalLoadBalancer(ContractNetwork n, string id, string kind, DateTimeOffset at) => new()
    {
        LoadBalancerId = id, AccountId = n.AccountId, RegionId = Region, Kind = kind, LoadBalancerName = $"name of {id}", AddressType = "Internet",
        VpcId = n.VpcId, CreationTime = at, ResourceGroupId = n.GroupId,
        ZoneMappings =
        [
            new ZoneMapping(Zone, n.VSwitchId, "10.0.0.21", $"eip-{id}-b", "203.0.113.21"),
            new ZoneMapping("cn-hangzhou-a", $"vsw-a-{id}", "10.0.1.21"),
        ],
    };
}
