using OpenEip.Core.DataPlane.Desired;

namespace OpenEip.DataPlane.Rendering;

/// <summary>
/// One host interface: <see cref="Device"/> inside the host, <see cref="Port"/> on the router's bridge,
/// its own routing table in the host, and its (valid) private addresses, primary first.
/// </summary>
internal sealed class InterfaceContext(InterfaceDesired desired, HostContext host, VSwitchContext vSwitch, string mac, IReadOnlyList<string> privateIps)
{
    public InterfaceDesired Desired { get; } = desired;
    public HostContext Host { get; } = host;
    public VSwitchContext VSwitch { get; } = vSwitch;
    public string Mac { get; } = mac;
    public IReadOnlyList<string> PrivateIps { get; } = privateIps;
    public string Id => Desired.InterfaceId;
    public string Device => Naming.LinkNames.HostInterface(Desired.DeviceIndex);
    public int Table => Transit.HostTableBase + Desired.DeviceIndex;
    public string Port { get; set; } = "";
    public VpcContext Vpc => Host.Vpc;
}
