using System.Globalization;
using OpenEip.DataPlane.Model;
using OpenEip.DataPlane.Naming;

namespace OpenEip.DataPlane.Rendering;

/// <summary>
/// A region's gateway: the public side. Its default route goes to the internet; its pools are
/// unreachable unless an EIP's element in <c>eip_vpc</c> marks the packet with a VPC's number, whose rule
/// and table send it down that VPC's link (ADR 4: binding an EIP is then only map elements).
/// </summary>
internal static class GatewayRenderer
{
    public static NamespaceModel Render(string region, NetworkIndex index)
    {
        var ns = new NamespaceModel(NamespaceNames.Gateway(region), NamespaceRole.Gateway);
        Sysctls.Forwarding(ns);
        ns.Devices.TryAdd(new DeviceSpec(LinkNames.Uplink));
        ns.Addresses.TryAdd(new AddressSpec(LinkNames.Uplink, Transit.GatewayUp + "/32"));
        ns.Routes.TryAdd(new RouteSpec("default", Via: Transit.InternetSide, Device: LinkNames.Uplink, Onlink: true));
        foreach (var pool in index.Pools.GetValueOrDefault(region) ?? [])
            ns.Routes.TryAdd(new RouteSpec(pool, Type: "unreachable"));
        foreach (var vpc in index.VpcsIn(region))
        {
            var table = (int)vpc.Mark;
            ns.Links.TryAdd(new LinkSpec(vpc.GatewayLink, LinkKind.Veth, PeerName: LinkNames.Uplink, PeerNamespace: vpc.Router));
            ns.Devices.TryAdd(new DeviceSpec(vpc.GatewayLink));
            ns.Addresses.TryAdd(new AddressSpec(vpc.GatewayLink, Transit.GatewayDown + "/32"));
            ns.Routes.TryAdd(new RouteSpec("default", table, Via: Transit.RouterUp, Device: vpc.GatewayLink, Onlink: true));
            ns.Rules.TryAdd(new RuleSpec(Transit.MarkRulePriority, "fwmark " + vpc.Mark.ToString(CultureInfo.InvariantCulture), table));
        }

        var nft = NftSkeletons.Gateway();
        ns.Tables[nft.Key] = nft;
        return ns;
    }
}
