namespace OpenEip.Core.Ports;

/// <summary>The filters of the ECS Describe calls; null or empty means "any".</summary>
public sealed record ComputeQuery(string AccountId, string RegionId)
{
    public IReadOnlyList<string> Ids { get; init; } = [];
    public string? VpcId { get; init; }
    public string? VSwitchId { get; init; }
    public string? ZoneId { get; init; }
    public string? InstanceId { get; init; }
    public string? SecurityGroupId { get; init; }
    public string? Name { get; init; }
    public string? Type { get; init; }

    /// <summary>Only resources of this group (a group the caller does not own matches nothing).</summary>
    public string? ResourceGroupId { get; init; }
    public int PageNumber { get; init; } = 1;
    public int PageSize { get; init; } = 10;
}
