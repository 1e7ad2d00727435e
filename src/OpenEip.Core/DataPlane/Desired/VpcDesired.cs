namespace OpenEip.Core.DataPlane.Desired;

/// <summary>
/// One VPC as the data plane builds it: its own router (its address blocks may overlap another VPC's),
/// a bridge per vSwitch, a host (network namespace) per instance, unattached ENI and CLB, and the
/// policies its router enforces.
/// </summary>
public sealed record VpcDesired
{
    public required string VpcId { get; init; }
    public required string AccountId { get; init; }
    public required string RegionId { get; init; }
    public required IReadOnlyList<string> CidrBlocks { get; init; }
    public IReadOnlyList<VSwitchDesired> VSwitches { get; init; } = [];
    public IReadOnlyList<HostDesired> Hosts { get; init; } = [];
    public IReadOnlyList<SecurityGroupDesired> SecurityGroups { get; init; } = [];
    public IReadOnlyList<NatGatewayDesired> NatGateways { get; init; } = [];
    public IReadOnlyList<HaVipDesired> HaVips { get; init; } = [];
}
