namespace OpenEip.Core.Ports;

/// <summary>The filters of DescribeVpcs and DescribeVSwitches; null means "any".</summary>
public sealed record NetworkQuery(string AccountId, string RegionId)
{
    public string? VpcId { get; init; }

    /// <summary>DescribeVpcs: any of these VPCs (Alibaba takes up to 20 ids, comma-separated, in its VpcId).</summary>
    public IReadOnlyList<string>? VpcIds { get; init; }
    public string? VSwitchId { get; init; }
    public string? ZoneId { get; init; }
    public string? Name { get; init; }

    /// <summary>DescribeVpcs only: VPCs of this group (a group the caller does not own matches nothing).</summary>
    public string? ResourceGroupId { get; init; }
    public int PageNumber { get; init; } = 1;
    public int PageSize { get; init; } = 10;
}
