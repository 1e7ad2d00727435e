namespace OpenEip.Core.DataPlane.Desired;

/// <summary>
/// What the data plane should carry, read from the store in one query: the EIPs with their bindings
/// (each with its generation) and the networks they run on (VPCs with their vSwitches, hosts, security
/// groups, NAT gateways and HaVips) and the regions' address pools. <see cref="Scope"/> says what it
/// covers, so that a driver removes only what a complete part of it no longer names.
/// </summary>
public sealed record DesiredState
{
    public required DesiredScope Scope { get; init; }

    public IReadOnlyList<RegionPool> Pools { get; init; } = [];

    public IReadOnlyList<VpcDesired> Vpcs { get; init; } = [];

    public IReadOnlyList<EipDesired> Eips { get; init; } = [];

    public bool CoversNetworks => Scope is DesiredScope.Networks or DesiredScope.Full;

    public bool CoversAllEips => Scope == DesiredScope.Full;
}
