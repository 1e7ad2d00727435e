using OpenEip.Core.DataPlane.Desired;

namespace OpenEip.DataPlane.Rendering;

/// <summary>A HaVip with its members and master resolved to built interfaces.</summary>
internal sealed class HaVipContext(HaVipDesired desired, string address, IReadOnlyList<InterfaceContext> members, InterfaceContext? master)
{
    public HaVipDesired Desired { get; } = desired;
    public string Address { get; } = address;
    public IReadOnlyList<InterfaceContext> Members { get; } = members;
    public InterfaceContext? Master { get; } = master;
}
