using System.Text.Json;
using OpenEip.Cli.Output;

namespace OpenEip.Cli.Verbs.LoadBalancers;

/// <summary>
/// How load balancers of the three kinds show in one table. A CLB has one address and vSwitch; an ALB or NLB has
/// one per zone (<c>ZoneMappings[].LoadBalancerAddresses[]</c>), named <c>Address</c> by ALB and
/// <c>PublicIPv4Address</c>/<c>PrivateIPv4Address</c> by NLB.
/// </summary>
public static class LbColumns
{
    public static IReadOnlyList<Column> List { get; } =
    [
        Column.Field("Kind", "Kind"),
        Column.Field("LoadBalancerId", "LoadBalancerId"),
        Column.Field("Name", "LoadBalancerName"),
        Column.Field("Status", "LoadBalancerStatus"),
        Column.Field("AddressType", "AddressType"),
        new("Addresses", Addresses),
        Column.Field("VpcId", "VpcId"),
        new("VSwitches", VSwitches),
    ];

    public static IReadOnlyList<Column> Details { get; } =
    [
        Column.Field("Kind", "Kind"),
        Column.Field("LoadBalancerId", "LoadBalancerId"),
        Column.Field("LoadBalancerName", "LoadBalancerName"),
        Column.Field("LoadBalancerStatus", "LoadBalancerStatus"),
        Column.Field("AddressType", "AddressType"),
        new("Addresses", Addresses),
        Column.Field("VpcId", "VpcId"),
        new("VSwitches", VSwitches),
        new("Zones", item => Fields.Text(item, "MasterZoneId") is { Length: > 0 } zone ? zone : FieldLists.Join(item, "ZoneMappings", "ZoneId")),
        Column.Field("DNSName", "DNSName"),
        Column.Field("ResourceGroupId", "ResourceGroupId"),
        Column.Field("CreateTime", "CreateTime"),
    ];

    private static string Addresses(JsonElement item)
    {
        if (Fields.Text(item, "Address") is { Length: > 0 } address)
            return address;
        var zonal = FieldLists.Items(item, "ZoneMappings")
            .SelectMany(zone => FieldLists.Items(zone, "LoadBalancerAddresses"))
            .Select(entry => new[] { "Address", "PublicIPv4Address", "PrivateIPv4Address" }.Select(name => Fields.Text(entry, name)).FirstOrDefault(text => text.Length > 0) ?? "");
        return string.Join(", ", zonal.Where(text => text.Length > 0));
    }

    private static string VSwitches(JsonElement item) =>
        Fields.Text(item, "VSwitchId") is { Length: > 0 } vSwitch ? vSwitch : FieldLists.Join(item, "ZoneMappings", "VSwitchId");
}
