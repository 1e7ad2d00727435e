namespace OpenEip.Core.Nat;

/// <summary>
/// A NAT gateway. Only internet gateways take EIPs (R-NAT-1). Its creation time matters: gateways
/// created on or after <see cref="VSwitchIpPerEipSince"/> take one vSwitch IP per bound EIP (R-NAT-3).
/// Its transitions are in NatGateway.Transitions.cs.
/// </summary>
public sealed partial record NatGateway
{
    public static readonly DateTimeOffset VSwitchIpPerEipSince = new(2022, 9, 19, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The owner type of the gateway's own vSwitch address among private IPs (one table for every kind of holder).</summary>
    public const string PrivateIpOwner = "NatGateway";

    public required string NatGatewayId { get; init; }
    public required string AccountId { get; init; }
    public required string RegionId { get; init; }
    public required string VpcId { get; init; }
    public required string VSwitchId { get; init; }
    public required string ZoneId { get; init; }

    /// <summary>"internet" or "intranet".</summary>
    public required string NetworkType { get; init; }

    /// <summary>"MULTI_BINDED" (default) or "NAT".</summary>
    public required string EipBindMode { get; init; }
    public string Name { get; init; } = "";
    public string Description { get; init; } = "";
    public required string PrivateIpAddress { get; init; }
    public required string NetworkInterfaceId { get; init; }
    public required string SnatTableId { get; init; }
    public required string ForwardTableId { get; init; }
    public required string ResourceGroupId { get; init; }
    public required DateTimeOffset CreationTime { get; init; }

    /// <summary>DeletionProtection with Type=NATGW: while on, DeleteNatGateway is refused.</summary>
    public bool DeletionProtection { get; init; }

    /// <summary>Whether the gateway answers ICMP echo requests to its EIPs (Alibaba's default: true).</summary>
    public bool IcmpReplyEnabled { get; init; } = true;

    public bool TakesVSwitchIpPerEip => CreationTime >= VSwitchIpPerEipSince;

    /// <summary>Creating until the configured creation time has passed, then Available (derived from time, never stuck).</summary>
    public string StatusAt(DateTimeOffset now, TimeSpan creating) => now - CreationTime < creating ? "Creating" : "Available";
}
