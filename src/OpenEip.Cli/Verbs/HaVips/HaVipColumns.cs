using OpenEip.Cli.Output;

namespace OpenEip.Cli.Verbs.HaVips;

/// <summary>
/// How HaVips show in tables. The member and EIP lists keep the SDK model's spelling
/// (<c>AssociatedInstances.associatedInstance</c>, <c>AssociatedEipAddresses.associatedEipAddresse</c>).
/// </summary>
public static class HaVipColumns
{
    public static IReadOnlyList<Column> List { get; } =
    [
        Column.Field("HaVipId", "HaVipId"),
        Column.Field("Name", "Name"),
        Column.Field("IpAddress", "IpAddress"),
        Column.Field("Status", "Status"),
        Column.Field("VSwitchId", "VSwitchId"),
        Column.Field("Master", "MasterInstanceId"),
        Column.Field("Members", "AssociatedInstances.associatedInstance"),
        Column.Field("Eips", "AssociatedEipAddresses.associatedEipAddresse"),
        new("Tags", item => Fields.Tags(item)),
    ];

    public static IReadOnlyList<Column> Details { get; } =
    [
        Column.Field("HaVipId", "HaVipId"),
        Column.Field("Name", "Name"),
        Column.Field("IpAddress", "IpAddress"),
        Column.Field("Status", "Status"),
        Column.Field("Description", "Description"),
        Column.Field("VpcId", "VpcId"),
        Column.Field("VSwitchId", "VSwitchId"),
        Column.Field("MasterInstanceId", "MasterInstanceId"),
        Column.Field("AssociatedInstanceType", "AssociatedInstanceType"),
        Column.Field("AssociatedInstances", "AssociatedInstances.associatedInstance"),
        Column.Field("AssociatedEipAddresses", "AssociatedEipAddresses.associatedEipAddresse"),
        Column.Field("ResourceGroupId", "ResourceGroupId"),
        Column.Field("CreateTime", "CreateTime"),
        new("Tags", item => Fields.Tags(item)),
    ];
}
