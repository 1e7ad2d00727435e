using System.Globalization;
using OpenEip.DataPlane.Model;

namespace OpenEip.DataPlane.Planning;

/// <summary>The <c>ip -b</c> lines (without the leading <c>ip</c>) for each fact, as iproute2 6.1 takes them.</summary>
internal static class IpText
{
    public static string LinkAdd(LinkSpec link) => link.Kind switch
    {
        LinkKind.Bridge => $"link add {link.Name}{Mac(link.Mac)} type bridge",
        _ => $"link add {link.Name}{Mac(link.Mac)} type veth peer name {link.PeerName}{Mac(link.PeerMac)} netns {link.PeerNamespace}",
    };

    public static string LinkDel(LinkSpec link) => $"link del {link.Name}";

    /// <summary>
    /// Brings a device up; a bridge port also gets hairpin on. With bridge netfilter a DNATed packet whose
    /// new destination sits on the bridge it came from is bridged, not routed, back towards the port it
    /// entered by, which a bridge refuses without hairpin: an instance reaching its own EIP (the kernel
    /// takes the two settings only as two commands).
    /// </summary>
    public static IEnumerable<string> Device(DeviceSpec device) => device.Master is null
        ? [$"link set dev {device.Name} up"]
        : [$"link set dev {device.Name} master {device.Master} up", $"link set dev {device.Name} type bridge_slave hairpin on"];

    public static string AddressReplace(AddressSpec address) => $"addr replace {address.Cidr} dev {address.Device}";

    public static string AddressDel(AddressSpec address) => $"addr del {address.Cidr} dev {address.Device}";

    public static string RouteReplace(RouteSpec route)
    {
        var parts = new List<string> { "route replace" };
        if (route.Type is not null)
            parts.Add(route.Type);
        parts.Add(route.Destination);
        if (route.Via is not null)
            parts.Add("via " + route.Via);
        if (route.Device is not null)
            parts.Add("dev " + route.Device);
        if (route.Onlink)
            parts.Add("onlink");
        if (route.Source is not null)
            parts.Add("src " + route.Source);
        parts.Add(Table(route.Table));
        return string.Join(' ', parts.Where(p => p.Length > 0));
    }

    /// <summary>By type, destination and table only: the key the route was made under (its next hop need not match).</summary>
    public static string RouteDel(RouteSpec route) =>
        string.Join(' ', new[] { "route del", route.Type ?? "", route.Destination, Table(route.Table) }.Where(p => p.Length > 0));

    public static string RuleAdd(RuleSpec rule) => $"rule add {Rule(rule)}";

    public static string RuleDel(RuleSpec rule) => $"rule del {Rule(rule)}";

    private static string Rule(RuleSpec rule) =>
        $"pref {rule.Priority.ToString(CultureInfo.InvariantCulture)} {rule.Selector} lookup {rule.Table.ToString(CultureInfo.InvariantCulture)}";

    private static string Table(int table) => table == RouteSpec.Main ? "" : "table " + table.ToString(CultureInfo.InvariantCulture);

    private static string Mac(string? mac) => mac is null ? "" : " address " + mac;
}
