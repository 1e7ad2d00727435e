using System.Globalization;
using OpenEip.Core.UseCases.Networks;
using OpenEip.Server.Products.Vpc.Eips;

namespace OpenEip.Server.Products.Vpc.Networks;

/// <summary>One vSwitch as DescribeVSwitches reports it, with the SDK model's names and types.</summary>
public sealed record VSwitchItem
{
    public required string VSwitchId { get; init; }
    public required string VpcId { get; init; }
    public string Status { get; init; } = "Available";
    public required string CidrBlock { get; init; }
    public required string ZoneId { get; init; }
    public required long AvailableIpAddressCount { get; init; }
    public required string Description { get; init; }
    public required string VSwitchName { get; init; }
    public required string CreationTime { get; init; }
    public bool IsDefault { get; init; }
    public required long OwnerId { get; init; }
    public required string ResourceGroupId { get; init; }
    public required RouteTableRef RouteTable { get; init; }
    public string NetworkAclId { get; init; } = "";
    public string ShareType { get; init; } = "";
    public TagList Tags { get; init; } = new([]);

    public static VSwitchItem From(DescribedVSwitch described) => new()
    {
        VSwitchId = described.VSwitch.VSwitchId,
        VpcId = described.VSwitch.VpcId,
        CidrBlock = described.VSwitch.CidrBlock,
        ZoneId = described.VSwitch.ZoneId,
        AvailableIpAddressCount = described.AvailableIpAddressCount,
        Description = described.VSwitch.Description,
        VSwitchName = described.VSwitch.VSwitchName,
        CreationTime = WireTime.Seconds(described.VSwitch.CreationTime),
        OwnerId = long.Parse(described.VSwitch.AccountId, CultureInfo.InvariantCulture),
        ResourceGroupId = described.ResourceGroupId,
        RouteTable = new RouteTableRef(described.RouteTableId, "System"),
        Tags = new TagList(described.Tags.Select(t => new TagItem(t.Key, t.Value)).ToList()),
    };
}
