using OpenEip.DataPlane.Model;
using OpenEip.DataPlane.Naming;

namespace OpenEip.DataPlane.Rendering;

/// <summary>
/// A VPC's router, as the network alone defines it: its uplink to the region gateway, a bridge per
/// vSwitch holding the vSwitch gateway address, a port per host interface, the NAT gateways, the security
/// groups, and the private addresses whose traffic is off (R-BIND-4, R-BIND-8). EIP programs add their
/// elements and routes on top.
/// </summary>
internal static class RouterRenderer
{
    public static NamespaceModel Render(VpcContext vpc)
    {
        var ns = new NamespaceModel(vpc.Router, NamespaceRole.Router);
        Sysctls.Router(ns);
        ns.Devices.TryAdd(new DeviceSpec(LinkNames.Uplink));
        ns.Addresses.TryAdd(new AddressSpec(LinkNames.Uplink, Transit.RouterUp + "/32"));
        ns.Routes.TryAdd(new RouteSpec("default", Via: Transit.GatewayDown, Device: LinkNames.Uplink, Onlink: true));
        foreach (var vSwitch in vpc.VSwitches.Values.OrderBy(v => v.Bridge, StringComparer.Ordinal))
        {
            ns.Links.TryAdd(new LinkSpec(vSwitch.Bridge, LinkKind.Bridge, Mac: vSwitch.Mac));
            ns.Devices.TryAdd(new DeviceSpec(vSwitch.Bridge));
            ns.Addresses.TryAdd(new AddressSpec(vSwitch.Bridge, $"{vSwitch.GatewayIp}/{vSwitch.Block.PrefixLength}"));
        }

        foreach (var iface in vpc.Interfaces)
        {
            ns.Links.TryAdd(new LinkSpec(iface.Port, LinkKind.Veth, PeerName: iface.Device, PeerNamespace: iface.Host.Namespace, PeerMac: iface.Mac));
            ns.Devices.TryAdd(new DeviceSpec(iface.Port, Master: iface.VSwitch.Bridge));
        }

        var ip = NftSkeletons.RouterIp();
        ns.Tables[ip.Key] = ip;
        NatGatewayRenderer.Render(vpc, ns, ip);
        Security(vpc, ip);

        var bridge = NftSkeletons.RouterBridge();
        ns.Tables[bridge.Key] = bridge;
        foreach (var iface in vpc.Interfaces.Where(i => i.Desired.PrivateTrafficDisabled))
        {
            foreach (var address in iface.PrivateIps)
                bridge.ElementsOf(NftSkeletons.PrivateDisabled).TryAdd(new NftElement(address));
        }

        return ns;
    }

    private static void Security(VpcContext vpc, NftTableModel table)
    {
        var plan = vpc.Security;
        foreach (var set in plan.Sets)
        {
            table.AddSet(set);
            foreach (var member in plan.Members[set.Name])
                table.ElementsOf(set.Name).TryAdd(new NftElement(member));
        }

        foreach (var chain in plan.Chains)
            table.AddChain(chain);
        var inbound = table.ElementsOf(SecurityGroupRenderer.InMap);
        var outbound = table.ElementsOf(SecurityGroupRenderer.OutMap);
        foreach (var iface in vpc.Interfaces.Where(i => !i.Desired.PrivateTrafficDisabled))
        {
            if (!plan.ComboByInterface.TryGetValue(iface.Id, out var combo))
                continue;
            foreach (var address in iface.PrivateIps)
            {
                inbound.TryAdd(new NftElement(address, "jump " + combo.InChain));
                if (combo.OutChain is not null)
                    outbound.TryAdd(new NftElement(address, "jump " + combo.OutChain));
            }
        }

        // A HaVip address is guarded by its master's groups (members of one HaVip normally share them).
        foreach (var haVip in vpc.HaVips.Values)
        {
            if (haVip.Master is { } master && plan.ComboByInterface.TryGetValue(master.Id, out var combo))
                inbound.TryAdd(new NftElement(haVip.Address, "jump " + combo.InChain));
        }
    }
}
