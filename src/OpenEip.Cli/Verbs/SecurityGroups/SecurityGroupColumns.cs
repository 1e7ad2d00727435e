using OpenEip.Cli.Output;

namespace OpenEip.Cli.Verbs.SecurityGroups;

/// <summary>How security groups show in tables.</summary>
public static class SecurityGroupColumns
{
    public static IReadOnlyList<Column> List { get; } =
    [
        Column.Field("SecurityGroupId", "SecurityGroupId"),
        Column.Field("Name", "SecurityGroupName"),
        Column.Field("VpcId", "VpcId"),
        Column.Field("Type", "SecurityGroupType"),
        Column.Field("Description", "Description"),
        Column.Field("Created", "CreationTime"),
    ];
}
