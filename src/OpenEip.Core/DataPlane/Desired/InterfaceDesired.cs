namespace OpenEip.Core.DataPlane.Desired;

/// <summary>
/// One interface of a host: an ENI (or a CLB's address) on a vSwitch, named <c>eth&lt;DeviceIndex&gt;</c> inside
/// the host. <see cref="PrivateIps"/> holds the primary address first.
/// </summary>
public sealed record InterfaceDesired
{
    public required string InterfaceId { get; init; }
    public required string VSwitchId { get; init; }
    public required string MacAddress { get; init; }
    public required IReadOnlyList<string> PrivateIps { get; init; }
    public required int DeviceIndex { get; init; }
    public IReadOnlyList<string> SecurityGroupIds { get; init; } = [];

    /// <summary>True while an EIP in BINDED mode replaces the private address (R-BIND-4, R-BIND-8).</summary>
    public bool PrivateTrafficDisabled { get; init; }
}
