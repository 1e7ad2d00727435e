using OpenEip.Core.Eips;
using OpenEip.Core.Nat;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Nat;

namespace OpenEip.Server.Products.Vpc.Nat;

/// <summary>
/// One NAT gateway as DescribeNatGateways reports it. Every object Terraform's provider asserts without
/// checking (ForwardTableIds, SnatTableIds, NatGatewayPrivateInfo) is always present; AccessMode, which it
/// asserts only when present (and which describes VPC NAT gateways' private-link modes), is left out.
/// </summary>
public sealed record NatGatewayItem
{
    public required string NatGatewayId { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public string Status { get; init; } = "Available";
    public string BusinessStatus { get; init; } = "Normal";
    public required string VpcId { get; init; }
    public required string RegionId { get; init; }
    public string NatType { get; init; } = "Enhanced";
    public required string NetworkType { get; init; }
    public string Spec { get; init; } = "";
    public string InstanceChargeType { get; init; } = "PostPaid";
    public string InternetChargeType { get; init; } = "PayByLcu";
    public required string EipBindMode { get; init; }
    public required string CreationTime { get; init; }
    public string ExpiredTime { get; init; } = "";
    public bool AutoPay { get; init; }
    public bool DeletionProtection { get; init; }
    public bool EcsMetricEnabled { get; init; }
    public bool IcmpReplyEnabled { get; init; } = true;
    public bool PrivateLinkEnabled { get; init; }
    public bool SecurityProtectionEnabled { get; init; }
    public string EnableSessionLog { get; init; } = "false";
    public required string ResourceGroupId { get; init; }
    public NatIpList IpLists { get; init; } = new([]);
    public required NatGatewayPrivateInfo NatGatewayPrivateInfo { get; init; }
    public required SnatTableIdList SnatTableIds { get; init; }
    public required ForwardTableIdList ForwardTableIds { get; init; }
    public FullNatTableIdList FullNatTableIds { get; init; } = new([]);
    public NatTagList Tags { get; init; } = new([]);

    public static NatGatewayItem From(DescribedNatGateway described) => From(described.Gateway, described.Eips, described.Usage) with
    {
        Tags = new NatTagList(described.Tags.Select(t => new NatTagItem(t.Key, t.Value)).ToList()),
    };

    public static NatGatewayItem From(NatGateway g, IReadOnlyList<Eip> eips, IReadOnlyList<NatIpUsage> usage) => new()
    {
        NatGatewayId = g.NatGatewayId,
        Name = g.Name,
        Description = g.Description,
        VpcId = g.VpcId,
        RegionId = g.RegionId,
        NetworkType = g.NetworkType,
        EipBindMode = g.EipBindMode,
        DeletionProtection = g.DeletionProtection,
        IcmpReplyEnabled = g.IcmpReplyEnabled,
        CreationTime = WireTime.Seconds(g.CreationTime),
        ResourceGroupId = g.ResourceGroupId,
        NatGatewayPrivateInfo = new NatGatewayPrivateInfo(g.NetworkInterfaceId, "indirect", g.ZoneId, 5120, g.PrivateIpAddress, g.VSwitchId),
        SnatTableIds = new SnatTableIdList([g.SnatTableId]),
        ForwardTableIds = new ForwardTableIdList([g.ForwardTableId]),
        IpLists = new NatIpList(eips.Select(e => NatIpItem.From(e, usage.FirstOrDefault(u => u.IpAddress == e.IpAddress))).ToList()),
    };
}
