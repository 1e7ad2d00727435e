namespace OpenEip.Core.Eips;

/// <summary>
/// An Elastic IP address as stored: its spec (what the owner asked for). Binding and status fields
/// arrive with the association engine; until then an EIP is <c>Available</c> from allocation to release.
/// </summary>
public sealed record Eip
{
    public required string AllocationId { get; init; }
    public required string AccountId { get; init; }
    public required string RegionId { get; init; }
    public required string IpAddress { get; init; }
    public required int Bandwidth { get; init; }
    public required string InternetChargeType { get; init; }
    public required string InstanceChargeType { get; init; }
    public required string Isp { get; init; }
    public string Netmode { get; init; } = "public";
    public string Name { get; init; } = "";
    public string Description { get; init; } = "";
    public string ResourceGroupId { get; init; } = "";
    public bool DeletionProtection { get; init; }
    public IReadOnlyList<string> SecurityProtectionTypes { get; init; } = [];
    public required DateTimeOffset AllocationTime { get; init; }
    public DateTimeOffset? ExpiredTime { get; init; }
    public DateTimeOffset? ReleasedTime { get; init; }
    public long OrderId { get; init; }

    /// <summary>The ALB or NLB that allocated this EIP for itself (R-LB-2); empty for the owner's own EIPs.</summary>
    public string ServiceManagedBy { get; init; } = "";
}
