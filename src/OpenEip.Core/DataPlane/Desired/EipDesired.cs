namespace OpenEip.Core.DataPlane.Desired;

/// <summary>One EIP with a binding (or a binding being undone), resolved to what the data plane needs.</summary>
public sealed record EipDesired
{
    public required string AllocationId { get; init; }
    public required string IpAddress { get; init; }
    public required string RegionId { get; init; }

    /// <summary>The spec generation this describes: a driver that applied it reports it back.</summary>
    public required long Generation { get; init; }

    /// <summary>The generation the data plane last reported (a full resync confirms only what is behind).</summary>
    public long ObservedGeneration { get; init; }

    /// <summary>True while the binding is being undone: the data plane removes it and cuts its connections.</summary>
    public required bool Unbinding { get; init; }

    public required EipDelivery Delivery { get; init; }

    /// <summary>The VPC whose router carries it; empty when the target is outside any VPC.</summary>
    public required string VpcId { get; init; }

    /// <summary>The private address it maps to (<see cref="EipDelivery.Nat"/>), or the ENI address it is bound beside.</summary>
    public string PrivateIp { get; init; } = "";

    /// <summary>The ENI that receives it (ECS instance: its primary ENI); empty for CLBs, HaVips, NAT gateways and IP addresses.</summary>
    public string NetworkInterfaceId { get; init; } = "";

    /// <summary>The binding as the API shows it (EcsInstance, NetworkInterface, Nat, SlbInstance, HaVip, IpAddress) and its target id.</summary>
    public required string TargetType { get; init; }
    public required string TargetId { get; init; }
}
