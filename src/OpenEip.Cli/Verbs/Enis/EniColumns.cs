using OpenEip.Cli.Output;

namespace OpenEip.Cli.Verbs.Enis;

/// <summary>How ENIs show in tables: their private IPs and the EIPs on them.</summary>
public static class EniColumns
{
    public static IReadOnlyList<Column> List { get; } =
    [
        Column.Field("NetworkInterfaceId", "NetworkInterfaceId"),
        Column.Field("Name", "NetworkInterfaceName"),
        Column.Field("Status", "Status"),
        Column.Field("Type", "Type"),
        Column.Field("InstanceId", "InstanceId"),
        Column.Field("VSwitchId", "VSwitchId"),
        new("PrivateIps", item => FieldLists.Join(item, "PrivateIpSets.PrivateIpSet", "PrivateIpAddress")),
        new("Eips", item => string.Join(", ", FieldLists.Items(item, "PrivateIpSets.PrivateIpSet")
            .Select(set => Fields.Text(set, "AssociatedPublicIp.PublicIpAddress")).Where(ip => ip.Length > 0))),
        new("Tags", item => Fields.Tags(item)),
    ];

    public static IReadOnlyList<Column> Details { get; } =
    [
        Column.Field("NetworkInterfaceId", "NetworkInterfaceId"),
        Column.Field("NetworkInterfaceName", "NetworkInterfaceName"),
        Column.Field("Status", "Status"),
        Column.Field("Type", "Type"),
        Column.Field("InstanceId", "InstanceId"),
        Column.Field("VpcId", "VpcId"),
        Column.Field("VSwitchId", "VSwitchId"),
        Column.Field("ZoneId", "ZoneId"),
        Column.Field("MacAddress", "MacAddress"),
        Column.Field("PrivateIpAddress", "PrivateIpAddress"),
        new("PrivateIps", item => FieldLists.Join(item, "PrivateIpSets.PrivateIpSet", "PrivateIpAddress")),
        Column.Field("EipAddress", "AssociatedPublicIp.PublicIpAddress"),
        Column.Field("SecurityGroupIds", "SecurityGroupIds.SecurityGroupId"),
        Column.Field("Description", "Description"),
        Column.Field("ResourceGroupId", "ResourceGroupId"),
        Column.Field("CreationTime", "CreationTime"),
        new("Tags", item => Fields.Tags(item)),
    ];
}
