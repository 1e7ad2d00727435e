using System.Globalization;
using OpenEip.Core.UseCases.Networks;
using OpenEip.Server.Products.Vpc.Eips;

namespace OpenEip.Server.Products.Vpc.Networks;

/// <summary>
/// DescribeVpcAttribute with the SDK model's names and types. A VPC the caller does not have is this
/// body with every field empty (VpcId ""), as Alibaba answers it. IPv6, CEN, DHCP options and ClassicLink
/// do not exist here: their fields say so (false, "", empty lists); Ipv6CidrBlocks, CloudResources and
/// AssociatedPropagationSources are left out.
/// </summary>
public sealed record DescribeVpcAttributeResponse
{
    public static readonly DescribeVpcAttributeResponse NotFound = new();

    public string VpcId { get; init; } = "";
    public string RegionId { get; init; } = "";
    public string Status { get; init; } = "";
    public string VpcName { get; init; } = "";
    public string Description { get; init; } = "";
    public string CreationTime { get; init; } = "";
    public string CidrBlock { get; init; } = "";
    public SecondaryCidrBlockList SecondaryCidrBlocks { get; init; } = new([]);
    public UserCidrList UserCidrs { get; init; } = new([]);
    public VSwitchIdList VSwitchIds { get; init; } = new([]);
    public string VRouterId { get; init; } = "";
    public bool IsDefault { get; init; }
    public bool ClassicLinkEnabled { get; init; }
    public long OwnerId { get; init; }
    public string ResourceGroupId { get; init; } = "";
    public TagList Tags { get; init; } = new([]);
    public bool EnabledIpv6 { get; init; }
    public string Ipv6CidrBlock { get; init; } = "";
    public string DhcpOptionsSetId { get; init; } = "";
    public string DhcpOptionsSetStatus { get; init; } = "";
    public string DnsHostnameStatus { get; init; } = "";
    public bool SupportIpv4Gateway { get; init; }
    public string Ipv4GatewayId { get; init; } = "";
    public AssociatedCenList AssociatedCens { get; init; } = new([]);

    public static DescribeVpcAttributeResponse From(DescribedVpc described)
    {
        var vpc = described.Vpc;
        return new()
        {
            VpcId = vpc.VpcId,
            RegionId = vpc.RegionId,
            Status = "Available",
            VpcName = vpc.VpcName,
            Description = vpc.Description,
            CreationTime = WireTime.Seconds(vpc.CreationTime),
            CidrBlock = vpc.CidrBlock,
            SecondaryCidrBlocks = new SecondaryCidrBlockList(vpc.SecondaryCidrBlocks),
            VSwitchIds = new VSwitchIdList(described.VSwitchIds),
            VRouterId = vpc.VRouterId,
            OwnerId = long.Parse(vpc.AccountId, CultureInfo.InvariantCulture),
            ResourceGroupId = vpc.ResourceGroupId,
            Tags = new TagList(described.Tags.Select(t => new TagItem(t.Key, t.Value)).ToList()),
            DnsHostnameStatus = "DISABLED",
        };
    }
}
