using OpenEip.Core.DataPlane.Desired;

namespace OpenEip.DataPlane.Rendering;

/// <summary>A host namespace of a VPC with the interfaces that can be built (on a known vSwitch, with a valid MAC).</summary>
internal sealed class HostContext(HostDesired desired, VpcContext vpc)
{
    public HostDesired Desired { get; } = desired;
    public VpcContext Vpc { get; } = vpc;
    public string Namespace => Desired.Namespace;
    public List<InterfaceContext> Interfaces { get; } = [];
}
