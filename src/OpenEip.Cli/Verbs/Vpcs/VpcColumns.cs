using OpenEip.Cli.Output;

namespace OpenEip.Cli.Verbs.Vpcs;

/// <summary>How VPCs show in tables.</summary>
public static class VpcColumns
{
    public static IReadOnlyList<Column> List { get; } =
    [
        Column.Field("VpcId", "VpcId"),
        Column.Field("Name", "VpcName"),
        Column.Field("Status", "Status"),
        Column.Field("CidrBlock", "CidrBlock"),
        Column.Field("VSwitches", "VSwitchIds.VSwitchId"),
        Column.Field("NatGateways", "NatGatewayIds.NatGatewayIds"),
        new("Tags", item => Fields.Tags(item)),
    ];

    public static IReadOnlyList<Column> Details { get; } =
    [
        Column.Field("VpcId", "VpcId"),
        Column.Field("VpcName", "VpcName"),
        Column.Field("Status", "Status"),
        Column.Field("RegionId", "RegionId"),
        Column.Field("Description", "Description"),
        Column.Field("CidrBlock", "CidrBlock"),
        Column.Field("SecondaryCidrBlocks", "SecondaryCidrBlocks.SecondaryCidrBlock"),
        Column.Field("VSwitchIds", "VSwitchIds.VSwitchId"),
        Column.Field("NatGatewayIds", "NatGatewayIds.NatGatewayIds"),
        Column.Field("VRouterId", "VRouterId"),
        Column.Field("RouteTableIds", "RouterTableIds.RouterTableIds"),
        Column.Field("ResourceGroupId", "ResourceGroupId"),
        Column.Field("CreationTime", "CreationTime"),
        new("Tags", item => Fields.Tags(item)),
    ];
}
