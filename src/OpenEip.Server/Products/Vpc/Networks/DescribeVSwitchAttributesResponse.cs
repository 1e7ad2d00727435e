using System.Globalization;
using OpenEip.Core.UseCases.Networks;
using OpenEip.Server.Products.Vpc.Eips;

namespace OpenEip.Server.Products.Vpc.Networks;

/// <summary>
/// DescribeVSwitchAttributes with the SDK model's names and types. A vSwitch the caller does not have is
/// this body with every field empty (VSwitchId ""), as Alibaba answers it. Ipv6CidrBlock is always a
/// string ("": no IPv6 here), never null, which Terraform's provider would choke on.
/// </summary>
public sealed record DescribeVSwitchAttributesResponse
{
    public static readonly DescribeVSwitchAttributesResponse NotFound = new();

    public string VSwitchId { get; init; } = "";
    public string VpcId { get; init; } = "";
    public string Status { get; init; } = "";
    public string CidrBlock { get; init; } = "";
    public string Ipv6CidrBlock { get; init; } = "";
    public bool EnabledIpv6 { get; init; }
    public string ZoneId { get; init; } = "";
    public long AvailableIpAddressCount { get; init; }
    public string Description { get; init; } = "";
    public string VSwitchName { get; init; } = "";
    public string CreationTime { get; init; } = "";
    public bool IsDefault { get; init; }
    public long OwnerId { get; init; }
    public string ResourceGroupId { get; init; } = "";
    public RouteTableRef RouteTable { get; init; } = new("", "");
    public string NetworkAclId { get; init; } = "";
    public string ShareType { get; init; } = "";
    public TagList Tags { get; init; } = new([]);

    public static DescribeVSwitchAttributesResponse From(DescribedVSwitch described)
    {
        var vSwitch = described.VSwitch;
        return new()
        {
            VSwitchId = vSwitch.VSwitchId,
            VpcId = vSwitch.VpcId,
            Status = "Available",
            CidrBlock = vSwitch.CidrBlock,
            ZoneId = vSwitch.ZoneId,
            AvailableIpAddressCount = described.AvailableIpAddressCount,
            Description = vSwitch.Description,
            VSwitchName = vSwitch.VSwitchName,
            CreationTime = WireTime.Seconds(vSwitch.CreationTime),
            OwnerId = long.Parse(vSwitch.AccountId, CultureInfo.InvariantCulture),
            ResourceGroupId = described.ResourceGroupId,
            RouteTable = new RouteTableRef(described.RouteTableId, "System"),
            Tags = new TagList(described.Tags.Select(t => new TagItem(t.Key, t.Value)).ToList()),
        };
    }
}
