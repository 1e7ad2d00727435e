namespace OpenEip.Core.Associations;

/// <summary>
/// The desired binding of one EIP (its spec): what it is bound to, in which mode, on which private IP.
/// <see cref="ExclusiveTarget"/> and <see cref="PrivateIpKey"/> carry the "at most one" rules as unique
/// keys in the store, so that two racing calls cannot both win. A binding being undone keeps its row,
/// marked <see cref="Unbinding"/>, until the data plane confirms; it no longer holds its keys.
/// </summary>
public sealed record EipBinding
{
    public required string AllocationId { get; init; }
    public required string AccountId { get; init; }
    public required string RegionId { get; init; }
    public required string InstanceType { get; init; }
    public required string InstanceId { get; init; }
    public required string Mode { get; init; }
    public string PrivateIpAddress { get; init; } = "";

    /// <summary>The ENI the EIP lands on (the primary ENI for an ECS instance), or empty.</summary>
    public string NetworkInterfaceId { get; init; } = "";

    /// <summary>Set when the target takes a single EIP (an ECS instance, a CLB, a HaVip, a BINDED ENI).</summary>
    public string? ExclusiveTarget { get; init; }

    /// <summary>Set when the EIP occupies one private IP of an ENI ("eni/ip"): one EIP per private IP.</summary>
    public string? PrivateIpKey { get; init; }
    public bool Unbinding { get; init; }
    public required DateTimeOffset BoundAt { get; init; }
}
