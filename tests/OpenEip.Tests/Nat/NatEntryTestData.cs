using OpenEip.Core.Nat;
using OpenEip.Core.Networks;

namespace OpenEip.Tests.Nat;

/// <summary>A gateway in a VPC of two blocks, two EIPs bound to it, and entries to build facts from.</summary>
internal static class NatEntryTestData
{
    public const string Account = "1000000000000001";
    public const string BoundIp = "203.0.113.1";
    public const string OtherBoundIp = "203.0.113.2";
    public const string StrangerIp = "198.51.100.9";

    public static readonly DateTimeOffset Now = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);

    public static readonly NatGateway Gateway = new()
    {
        NatGatewayId = "ngw-test", AccountId = Account, RegionId = "cn-hangzhou", VpcId = "vpc-test", VSwitchId = "vsw-test",
        ZoneId = "cn-hangzhou-h", NetworkType = "internet", EipBindMode = "MULTI_BINDED", PrivateIpAddress = "10.0.1.5",
        NetworkInterfaceId = "eni-gw", SnatTableId = "stb-test", ForwardTableId = "ftb-test", ResourceGroupId = "rg-default",
        CreationTime = Now.AddDays(-1),
    };

    public static readonly Vpc Vpc = new()
    {
        VpcId = "vpc-test", AccountId = Account, RegionId = "cn-hangzhou", CidrBlock = "10.0.0.0/16", SecondaryCidrBlocks = ["172.16.0.0/24"],
        ResourceGroupId = "rg-default", VRouterId = "vrt-test", RouteTableId = "vtb-test", CreationTime = Now.AddDays(-2),
    };

    public static readonly IReadOnlySet<string> Bound = new HashSet<string>([BoundIp, OtherBoundIp], StringComparer.Ordinal);

    public static VSwitch VSwitch(string id = "vsw-web", string cidr = "10.0.2.0/24", string vpcId = "vpc-test") => new()
    {
        VSwitchId = id, VpcId = vpcId, AccountId = Account, RegionId = "cn-hangzhou", ZoneId = "cn-hangzhou-h", CidrBlock = cidr, CreationTime = Now.AddDays(-2),
    };

    public static SnatEntry Snat(string id, string cidr, string vSwitchId = "", params string[] ips) => new()
    {
        SnatEntryId = id, AccountId = Account, RegionId = "cn-hangzhou", NatGatewayId = Gateway.NatGatewayId, SnatTableId = Gateway.SnatTableId,
        SnatIps = ips.Length > 0 ? ips : [BoundIp], SourceVSwitchId = vSwitchId, SourceCidr = cidr, CreationTime = Now.AddHours(-1),
    };

    public static ForwardEntry Forward(string id, string externalIp, string externalPort, string internalIp, string internalPort, string protocol = "tcp") => new()
    {
        ForwardEntryId = id, AccountId = Account, RegionId = "cn-hangzhou", NatGatewayId = Gateway.NatGatewayId, ForwardTableId = Gateway.ForwardTableId,
        ExternalIp = externalIp, ExternalPort = externalPort, InternalIp = internalIp, InternalPort = internalPort, IpProtocol = protocol,
        CreationTime = Now.AddHours(-1),
    };

    public static ForwardEntry IpMapping(string id, string externalIp, string internalIp) => Forward(id, externalIp, "any", internalIp, "any", "any");
}
