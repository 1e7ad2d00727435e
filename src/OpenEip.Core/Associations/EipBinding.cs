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
    /// <summary>The VPC of an <see cref="BindingTargetTypes.IpAddress"/> binding (its address is only unique within it); empty otherwise.</summary>
    public string VpcId { get; init; } = "";

    /// <summary>
    /// True when the private IP was chosen rather than implied by the target: given as PrivateIpAddress, or
    /// picked per EIP by AssociateEipAddressBatch on an ENI in NAT mode.
    /// </summary>
    public bool PrivateIpChosen { get; init; }

    public bool Unbinding { get; init; }
    public required DateTimeOffset BoundAt { get; init; }

    /// <summary>
    /// The PrivateIpAddress DescribeEipAddresses shows. Alibaba fills it only for an ENI (or IP address)
    /// binding whose private IP was chosen; its NAT-gateway sample shows "", and Terraform's
    /// alicloud_eip_association copies the field into a ForceNew attribute, so a value the caller never
    /// gave would make it replace the association.
    /// </summary>
    public string DescribedPrivateIpAddress =>
        PrivateIpChosen && InstanceType is BindingTargetTypes.NetworkInterface or BindingTargetTypes.IpAddress ? PrivateIpAddress : "";

    /// <summary>The VpcId DescribeEipAddresses shows: Alibaba returns it only for InstanceType=IpAddress.</summary>
    public string DescribedVpcId => InstanceType == BindingTargetTypes.IpAddress ? VpcId : "";
}
