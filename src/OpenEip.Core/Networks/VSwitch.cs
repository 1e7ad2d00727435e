namespace OpenEip.Core.Networks;

/// <summary>A vSwitch: one zone's subnet of a VPC, handing out private IPs from its CIDR block.</summary>
public sealed record VSwitch
{
    public required string VSwitchId { get; init; }
    public required string VpcId { get; init; }
    public required string AccountId { get; init; }
    public required string RegionId { get; init; }
    public required string ZoneId { get; init; }
    public required string CidrBlock { get; init; }
    public string VSwitchName { get; init; } = "";
    public string Description { get; init; } = "";
    public required DateTimeOffset CreationTime { get; init; }
}
