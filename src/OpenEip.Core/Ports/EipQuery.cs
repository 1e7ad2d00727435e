using OpenEip.Core.Tags;

namespace OpenEip.Core.Ports;

/// <summary>The filters of DescribeEipAddresses; null means "any".</summary>
public sealed record EipQuery(string AccountId, string RegionId)
{
    public IReadOnlyList<string>? AllocationIds { get; init; }
    public IReadOnlyList<string>? IpAddresses { get; init; }
    public string? Name { get; init; }
    public string? InstanceChargeType { get; init; }
    public string? Isp { get; init; }
    public string? ResourceGroupId { get; init; }
    public IReadOnlyList<Tag> Tags { get; init; } = [];
    public string? Status { get; init; }
    public string? AssociatedInstanceType { get; init; }
    public string? AssociatedInstanceId { get; init; }
    public string? LockReason { get; init; }

    /// <summary>True: only EIPs with security protection (SecurityProtectionTypes); false: only those without.</summary>
    public bool? SecurityProtectionEnabled { get; init; }

    /// <summary>
    /// Filters no EIP here can match (no EIP belongs to a contiguous segment or a customer's address pool): when
    /// given, the answer is an empty page, not the unfiltered list.
    /// </summary>
    public string? SegmentInstanceId { get; init; }
    public string? PublicIpAddressPoolId { get; init; }

    /// <summary>True: only EIPs an ALB/NLB manages; false: only the owner's own; null: both.</summary>
    public bool? ServiceManaged { get; init; }

    /// <summary>Only the EIPs this load balancer manages.</summary>
    public string? ServiceManagedBy { get; init; }
    public DateTimeOffset? CreatedFrom { get; init; }
    public DateTimeOffset? CreatedTo { get; init; }
    public int PageNumber { get; init; } = 1;
    public int PageSize { get; init; } = 10;
}
