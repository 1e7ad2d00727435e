using OpenEip.DataPlane.Model;
using OpenEip.DataPlane.Naming;

namespace OpenEip.DataPlane.Rendering;

/// <summary>
/// The static part of OpenEip's tables, in nft 1.0.6 syntax as the recipes ran it (P3: an output hook takes
/// a number, not <c>dstnat</c>; chains are never called fwd, in or out). Created once per namespace; after
/// that only elements, and the rules of the dynamic chains, change.
/// </summary>
internal static class NftSkeletons
{
    public const string Family = "ip";
    public const string BridgeFamily = "bridge";
    public const string TableName = "openeip";
    public const string IpTable = Family + " " + TableName;
    public const string BridgeTable = BridgeFamily + " " + TableName;

    // Gateway.
    public const string EipVpc = "eip_vpc";

    // Router, ip table.
    public const string Eips = "eips";
    public const string Routed = "routed";
    public const string EipToPrivate = "eip2priv";
    public const string PrivateToEip = "priv2eip";
    public const string ForwardTcp = "fwd_tcp";
    public const string ForwardUdp = "fwd_udp";
    public const string ForwardTcpRange = "fwd_tcp_range";
    public const string ForwardUdpRange = "fwd_udp_range";
    public const string ForwardIp = "fwd_ip";
    public const string NatGatewaySnat = "natgw_snat";

    // Router, bridge table.
    public const string PrivateDisabled = "priv_disabled";

    private const string Up = "\"" + LinkNames.Uplink + "\"";

    /// <summary>The region gateway: mark a packet for an EIP with its VPC's number, so that <c>ip rule fwmark</c> sends it to that VPC's router.</summary>
    public static NftTableModel Gateway()
    {
        var table = new NftTableModel(Family, TableName);
        table.AddSet(new NftSetSpec(EipVpc, IsMap: true, "type ipv4_addr : mark;"));
        table.AddChain(NftChainSpec.Create("prerouting", "type filter hook prerouting priority mangle; policy accept;",
            [$"meta mark set ip daddr map @{EipVpc}"]));
        return table;
    }

    /// <summary>
    /// A VPC router: 1:1 NAT both ways (a map lookup that misses lets the packet through untouched), NAT
    /// gateway DNAT maps and SNAT rules, hairpin (a caller with an EIP is seen by its EIP), the security
    /// groups, a drop of anything still addressed to a translated EIP after DNAT (R-NAT-5), and an egress
    /// guard: nothing leaves for the gateway with a source that is not an EIP this router carries (P9).
    /// </summary>
    public static NftTableModel RouterIp()
    {
        var table = new NftTableModel(Family, TableName);
        table.AddSet(new NftSetSpec(Eips, IsMap: false, "type ipv4_addr;"));
        table.AddSet(new NftSetSpec(Routed, IsMap: false, "type ipv4_addr;"));
        table.AddSet(new NftSetSpec(EipToPrivate, IsMap: true, "type ipv4_addr : ipv4_addr;"));
        table.AddSet(new NftSetSpec(PrivateToEip, IsMap: true, "type ipv4_addr : ipv4_addr;"));
        table.AddSet(new NftSetSpec(ForwardTcp, IsMap: true, "type ipv4_addr . inet_service : ipv4_addr . inet_service;"));
        table.AddSet(new NftSetSpec(ForwardUdp, IsMap: true, "type ipv4_addr . inet_service : ipv4_addr . inet_service;"));
        table.AddSet(new NftSetSpec(ForwardTcpRange, IsMap: true, "type ipv4_addr . inet_service : ipv4_addr; flags interval;"));
        table.AddSet(new NftSetSpec(ForwardUdpRange, IsMap: true, "type ipv4_addr . inet_service : ipv4_addr; flags interval;"));
        table.AddSet(new NftSetSpec(ForwardIp, IsMap: true, "type ipv4_addr : ipv4_addr;"));
        table.AddSet(new NftSetSpec(SecurityGroupRenderer.InMap, IsMap: true, "type ipv4_addr : verdict;"));
        table.AddSet(new NftSetSpec(SecurityGroupRenderer.OutMap, IsMap: true, "type ipv4_addr : verdict;"));
        table.AddChain(NftChainSpec.Create("prerouting", "type nat hook prerouting priority dstnat; policy accept;",
        [
            $"dnat to ip daddr map @{EipToPrivate}",
            $"dnat ip to ip daddr . tcp dport map @{ForwardTcp}",
            $"dnat ip to ip daddr . udp dport map @{ForwardUdp}",
            $"dnat to ip daddr . tcp dport map @{ForwardTcpRange}",
            $"dnat to ip daddr . udp dport map @{ForwardUdpRange}",
            $"dnat to ip daddr map @{ForwardIp}",
        ]));
        table.AddChain(NftChainSpec.Create("postrouting", "type nat hook postrouting priority srcnat; policy accept;",
        [
            $"oifname {Up} snat to ip saddr map @{PrivateToEip}",
            $"oifname {Up} jump {NatGatewaySnat}",
            $"oifname != {Up} ct status dnat snat to ip saddr map @{PrivateToEip}",
        ]));
        table.AddChain(NftChainSpec.Create(NatGatewaySnat, null, []));
        table.AddChain(NftChainSpec.Create("forward", "type filter hook forward priority filter; policy accept;",
        [
            "ct state established,related accept",
            "ct state invalid drop",
            $"ip daddr @{Eips} ip daddr != @{Routed} drop",
            $"ip saddr vmap @{SecurityGroupRenderer.OutMap}",
            $"ip daddr vmap @{SecurityGroupRenderer.InMap}",
        ]));
        table.AddChain(NftChainSpec.Create("egress_guard", "type filter hook postrouting priority 110; policy accept;",
            [$"oifname {Up} ip saddr != @{Eips} drop"]));
        return table;
    }

    /// <summary>A router's bridges: a BINDED interface's private addresses carry nothing, whatever the guest does (recipe §3 B).</summary>
    public static NftTableModel RouterBridge()
    {
        var table = new NftTableModel(BridgeFamily, TableName);
        table.AddSet(new NftSetSpec(PrivateDisabled, IsMap: false, "type ipv4_addr;"));
        var set = "@" + PrivateDisabled;
        table.AddChain(NftChainSpec.Create("ports_forward", "type filter hook forward priority 0; policy accept;",
            [$"ip saddr {set} drop", $"ip daddr {set} drop", $"arp saddr ip {set} drop", $"arp daddr ip {set} drop"]));
        table.AddChain(NftChainSpec.Create("ports_input", "type filter hook input priority 0; policy accept;",
            [$"ip saddr {set} drop", $"arp saddr ip {set} drop"]));
        table.AddChain(NftChainSpec.Create("ports_output", "type filter hook output priority 0; policy accept;",
            [$"ip daddr {set} drop", $"arp daddr ip {set} drop"]));
        return table;
    }
}
