using OpenEip.Core.DataPlane.Desired;
using OpenEip.DataPlane.Naming;

namespace OpenEip.DataPlane.Rendering;

/// <summary>A VPC as the data plane builds it: its router namespace, its number and link in the region's gateway, and what hangs off its router.</summary>
internal sealed class VpcContext(VpcDesired desired, uint mark, string gatewayLink)
{
    public VpcDesired Desired { get; } = desired;
    public string Id => Desired.VpcId;
    public string Region => Desired.RegionId;
    public string Router => NamespaceNames.Router(Desired.VpcId);
    public string Gateway => NamespaceNames.Gateway(Desired.RegionId);
    public uint Mark { get; } = mark;
    public string GatewayLink { get; } = gatewayLink;
    public Dictionary<string, VSwitchContext> VSwitches { get; } = new(StringComparer.Ordinal);
    public List<HostContext> Hosts { get; } = [];
    public Dictionary<string, HaVipContext> HaVips { get; } = new(StringComparer.Ordinal);
    public HashSet<string> NatGateways { get; } = new(StringComparer.Ordinal);
    public SecurityPlan Security { get; set; } = SecurityPlan.None;

    public IEnumerable<InterfaceContext> Interfaces => Hosts.SelectMany(h => h.Interfaces);
}
