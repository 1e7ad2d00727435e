using OpenEip.DataPlane.Model;

namespace OpenEip.DataPlane.Rendering;

/// <summary>
/// Kernel settings per kind of namespace, set right after it is created and before its links exist (a
/// link takes the namespace's <c>default</c> values when it is made).
/// </summary>
internal static class Sysctls
{
    /// <summary>
    /// Gateways and routers forward. Reverse-path filtering is off: a gateway sees EIP sources whose only
    /// route is the pool's unreachable one (the mark is not used by the reverse lookup).
    /// </summary>
    public static void Forwarding(NamespaceModel ns)
    {
        ns.Sysctls.TryAdd(new SysctlFact("net.ipv4.ip_forward", "1"));
        ns.Sysctls.TryAdd(new SysctlFact("net.ipv4.conf.all.rp_filter", "0"));
        ns.Sysctls.TryAdd(new SysctlFact("net.ipv4.conf.default.rp_filter", "0"));
    }

    /// <summary>
    /// A router also sends no ICMP redirects (hairpin traffic leaves by the bridge it came in on, and a
    /// redirect would teach a host to bypass the NAT), and has bridged frames meet conntrack, NAT and the
    /// security groups (P1: set explicitly, not left to the default).
    /// </summary>
    public static void Router(NamespaceModel ns)
    {
        Forwarding(ns);
        ns.Sysctls.TryAdd(new SysctlFact("net.ipv4.conf.all.send_redirects", "0"));
        ns.Sysctls.TryAdd(new SysctlFact("net.ipv4.conf.default.send_redirects", "0"));
        ns.Sysctls.TryAdd(new SysctlFact("net.bridge.bridge-nf-call-iptables", "1"));
    }

    /// <summary>A host answers ARP only on the interface that holds the address, and announces its addresses from that interface (no ARP flux between interfaces on one vSwitch).</summary>
    public static void Host(NamespaceModel ns)
    {
        ns.Sysctls.TryAdd(new SysctlFact("net.ipv4.conf.all.arp_ignore", "1"));
        ns.Sysctls.TryAdd(new SysctlFact("net.ipv4.conf.all.arp_announce", "2"));
    }
}
