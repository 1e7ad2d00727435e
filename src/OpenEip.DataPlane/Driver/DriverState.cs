using OpenEip.Core.DataPlane.Desired;
using OpenEip.DataPlane.Model;
using OpenEip.DataPlane.Rendering;

namespace OpenEip.DataPlane.Driver;

/// <summary>
/// What the driver believes is on the host: the networks it built (as an index), the model it applied,
/// the EIPs it was asked to carry and the programs of those it carries, and where it put HaVip addresses.
/// Not <see cref="Certain"/> at start and after a failed pass: then the next pass re-asserts everything.
/// </summary>
internal sealed class DriverState
{
    public NetworkIndex? Index { get; set; }

    /// <summary>The fingerprint of the networks <see cref="Index"/> was built from (<see cref="NetworkFingerprint"/>).</summary>
    public byte[] Networks { get; set; } = [];
    public HostModel Model { get; set; } = new();
    public bool Certain { get; set; }
    public Dictionary<string, EipDesired> Wanted { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, EipProgram> Programs { get; set; } = new(StringComparer.Ordinal);
    public Dictionary<string, HaVipPlacement> Placements { get; set; } = new(StringComparer.Ordinal);
}
