using OpenEip.Core.DataPlane.Desired;
using OpenEip.Core.Networks;
using OpenEip.DataPlane.Naming;

namespace OpenEip.DataPlane.Rendering;

/// <summary>A vSwitch as its VPC router builds it: a bridge with a pinned MAC holding the vSwitch's gateway address.</summary>
internal sealed class VSwitchContext(VSwitchDesired vSwitch, Ipv4Block block, string gatewayIp, string bridge)
{
    public VSwitchDesired VSwitch { get; } = vSwitch;
    public Ipv4Block Block { get; } = block;
    public string GatewayIp { get; } = gatewayIp;
    public string Bridge { get; } = bridge;
    public string Mac => LinkNames.BridgeMac(VSwitch.VSwitchId);
    public string Cidr => Block.ToString();
}
