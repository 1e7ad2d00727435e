using OpenEip.Cli.Output;

namespace OpenEip.Cli.Verbs.Nat;

/// <summary>How NAT gateways and their SNAT and DNAT entries show in tables.</summary>
public static class NatColumns
{
    public static IReadOnlyList<Column> List { get; } =
    [
        Column.Field("NatGatewayId", "NatGatewayId"),
        Column.Field("Name", "Name"),
        Column.Field("Status", "Status"),
        Column.Field("VpcId", "VpcId"),
        Column.Field("VSwitchId", "NatGatewayPrivateInfo.VswitchId"),
        Column.Field("PrivateIp", "NatGatewayPrivateInfo.PrivateIpAddress"),
        Column.Field("Network", "NetworkType"),
        new("Eips", item => FieldLists.Join(item, "IpLists.IpList", "IpAddress")),
        new("Tags", item => Fields.Tags(item)),
    ];

    public static IReadOnlyList<Column> Details { get; } =
    [
        Column.Field("NatGatewayId", "NatGatewayId"),
        Column.Field("Name", "Name"),
        Column.Field("Status", "Status"),
        Column.Field("Description", "Description"),
        Column.Field("VpcId", "VpcId"),
        Column.Field("VSwitchId", "NatGatewayPrivateInfo.VswitchId"),
        Column.Field("PrivateIpAddress", "NatGatewayPrivateInfo.PrivateIpAddress"),
        Column.Field("NetworkType", "NetworkType"),
        Column.Field("NatType", "NatType"),
        Column.Field("EipBindMode", "EipBindMode"),
        new("Eips", item => FieldLists.Join(item, "IpLists.IpList", "IpAddress")),
        Column.Field("SnatTableIds", "SnatTableIds.SnatTableId"),
        Column.Field("ForwardTableIds", "ForwardTableIds.ForwardTableId"),
        Column.Field("DeletionProtection", "DeletionProtection"),
        Column.Field("ResourceGroupId", "ResourceGroupId"),
        Column.Field("CreationTime", "CreationTime"),
        new("Tags", item => Fields.Tags(item)),
    ];

    public static IReadOnlyList<Column> Snat { get; } =
    [
        Column.Field("SnatEntryId", "SnatEntryId"),
        Column.Field("Name", "SnatEntryName"),
        Column.Field("Status", "Status"),
        Column.Field("SnatIp", "SnatIp"),
        Column.Field("SourceCIDR", "SourceCIDR"),
        Column.Field("SourceVSwitchId", "SourceVSwitchId"),
        Column.Field("SnatTableId", "SnatTableId"),
    ];

    public static IReadOnlyList<Column> Dnat { get; } =
    [
        Column.Field("ForwardEntryId", "ForwardEntryId"),
        Column.Field("Name", "ForwardEntryName"),
        Column.Field("Status", "Status"),
        Column.Field("ExternalIp", "ExternalIp"),
        Column.Field("ExternalPort", "ExternalPort"),
        Column.Field("InternalIp", "InternalIp"),
        Column.Field("InternalPort", "InternalPort"),
        Column.Field("Protocol", "IpProtocol"),
        Column.Field("ForwardTableId", "ForwardTableId"),
    ];
}
