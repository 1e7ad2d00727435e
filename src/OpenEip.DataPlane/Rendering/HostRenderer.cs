using OpenEip.DataPlane.Model;

namespace OpenEip.DataPlane.Rendering;

/// <summary>
/// A host namespace: per interface its addresses, its own routing table and a source rule per address, so
/// that a reply leaves by the interface its request came in on; the default route through the first
/// interface's vSwitch gateway. An EIP the interface holds (BINDED, MULTI_BINDED) is an address on it;
/// under BINDED (or while the ENI's private traffic is off, R-BIND-8) the private addresses are removed
/// (recipe §3 A) and the EIP is the source of the interface's routes. A HaVip address is not rendered (the
/// member holding it is whoever keepalived or the driver's placement made hold it) but gets its rule.
/// </summary>
internal static class HostRenderer
{
    public static NamespaceModel Render(HostContext host, IReadOnlyDictionary<string, IReadOnlyList<RoutedEip>> routed, NetworkIndex index)
    {
        var ns = new NamespaceModel(host.Namespace, NamespaceRole.Host);
        Sysctls.Host(ns);
        var first = host.Interfaces.Count == 0 ? null : host.Interfaces[0];
        foreach (var iface in host.Interfaces)
        {
            var device = iface.Device;
            var eips = routed.GetValueOrDefault(iface.Id) ?? [];
            var binded = eips.FirstOrDefault(e => e.Binded);
            var privateOff = iface.Desired.PrivateTrafficDisabled || binded is not null;
            var sources = new List<string>();
            ns.Devices.TryAdd(new DeviceSpec(device));
            if (!privateOff)
            {
                foreach (var address in iface.PrivateIps)
                {
                    ns.Addresses.TryAdd(new AddressSpec(device, $"{address}/{iface.VSwitch.Block.PrefixLength}"));
                    sources.Add(address);
                }

                ns.Routes.TryAdd(new RouteSpec(iface.VSwitch.Cidr, iface.Table, Device: device));
            }

            foreach (var eip in eips.OrderBy(e => e.Address, StringComparer.Ordinal))
            {
                ns.Addresses.TryAdd(new AddressSpec(device, eip.Address + "/32", Announce: true));
                sources.Add(eip.Address);
            }

            sources.AddRange(index.HaVipsByMember.GetValueOrDefault(iface.Id) ?? []);
            var source = binded?.Address;
            ns.Routes.TryAdd(new RouteSpec("default", iface.Table, Via: iface.VSwitch.GatewayIp, Device: device, Onlink: true, Source: source));
            if (iface == first)
                ns.Routes.TryAdd(new RouteSpec("default", Via: iface.VSwitch.GatewayIp, Device: device, Onlink: true, Source: source));
            foreach (var address in sources)
                ns.Rules.TryAdd(new RuleSpec(Transit.SourceRulePriority, "from " + address, iface.Table));
        }

        return ns;
    }
}
