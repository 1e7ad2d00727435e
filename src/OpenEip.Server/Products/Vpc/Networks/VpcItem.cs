using System.Globalization;
using OpenEip.Core.UseCases.Networks;
using OpenEip.Server.Products.Vpc.Eips;

namespace OpenEip.Server.Products.Vpc.Networks;

/// <summary>One VPC as DescribeVpcs reports it, with the SDK model's names and types.</summary>
public sealed record VpcItem
{
    public required string VpcId { get; init; }
    public required string RegionId { get; init; }
    public string Status { get; init; } = "Available";
    public required string VpcName { get; init; }
    public required string Description { get; init; }
    public required string CidrBlock { get; init; }
    public required SecondaryCidrBlockList SecondaryCidrBlocks { get; init; }
    public UserCidrList UserCidrs { get; init; } = new([]);
    public required VSwitchIdList VSwitchIds { get; init; }
    public NatGatewayIdList NatGatewayIds { get; init; } = new([]);
    public required RouterTableIdList RouterTableIds { get; init; }
    public required string VRouterId { get; init; }
    public required string CreationTime { get; init; }
    public bool IsDefault { get; init; }
    public required long OwnerId { get; init; }
    public required string ResourceGroupId { get; init; }
    public TagList Tags { get; init; } = new([]);
    public bool EnabledIpv6 { get; init; }
    public string Ipv6CidrBlock { get; init; } = "";
    public string CenStatus { get; init; } = "Detached";
    public string DhcpOptionsSetId { get; init; } = "";
    public string DhcpOptionsSetStatus { get; init; } = "";
    public string DnsHostnameStatus { get; init; } = "DISABLED";

    public static VpcItem From(DescribedVpc described) => From(described.Vpc, described.VSwitchIds) with
    {
        NatGatewayIds = new NatGatewayIdList(described.NatGatewayIds),
        Tags = new TagList(described.Tags.Select(t => new TagItem(t.Key, t.Value)).ToList()),
    };

    public static VpcItem From(Core.Networks.Vpc vpc, IReadOnlyList<string> vSwitchIds) => new()
    {
        VpcId = vpc.VpcId,
        RegionId = vpc.RegionId,
        VpcName = vpc.VpcName,
        Description = vpc.Description,
        CidrBlock = vpc.CidrBlock,
        SecondaryCidrBlocks = new SecondaryCidrBlockList(vpc.SecondaryCidrBlocks),
        VSwitchIds = new VSwitchIdList(vSwitchIds),
        RouterTableIds = new RouterTableIdList([vpc.RouteTableId]),
        VRouterId = vpc.VRouterId,
        CreationTime = WireTime.Seconds(vpc.CreationTime),
        OwnerId = long.Parse(vpc.AccountId, CultureInfo.InvariantCulture),
        ResourceGroupId = vpc.ResourceGroupId,
    };
}
