using OpenEip.Cli.Output;

namespace OpenEip.Cli.Verbs.VSwitches;

/// <summary>How vSwitches show in tables.</summary>
public static class VSwitchColumns
{
    public static IReadOnlyList<Column> List { get; } =
    [
        Column.Field("VSwitchId", "VSwitchId"),
        Column.Field("Name", "VSwitchName"),
        Column.Field("Status", "Status"),
        Column.Field("VpcId", "VpcId"),
        Column.Field("Zone", "ZoneId"),
        Column.Field("CidrBlock", "CidrBlock"),
        Column.Field("FreeIps", "AvailableIpAddressCount"),
        new("Tags", item => Fields.Tags(item)),
    ];

    public static IReadOnlyList<Column> Details { get; } =
    [
        Column.Field("VSwitchId", "VSwitchId"),
        Column.Field("VSwitchName", "VSwitchName"),
        Column.Field("Status", "Status"),
        Column.Field("VpcId", "VpcId"),
        Column.Field("ZoneId", "ZoneId"),
        Column.Field("CidrBlock", "CidrBlock"),
        Column.Field("AvailableIpAddressCount", "AvailableIpAddressCount"),
        Column.Field("Description", "Description"),
        Column.Field("RouteTableId", "RouteTable.RouteTableId"),
        Column.Field("ResourceGroupId", "ResourceGroupId"),
        Column.Field("CreationTime", "CreationTime"),
        new("Tags", item => Fields.Tags(item)),
    ];
}
