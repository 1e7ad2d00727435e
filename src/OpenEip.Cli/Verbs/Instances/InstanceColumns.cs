using OpenEip.Cli.Output;

namespace OpenEip.Cli.Verbs.Instances;

/// <summary>How instances show in tables: the addresses an EIP user looks for first.</summary>
public static class InstanceColumns
{
    public static IReadOnlyList<Column> List { get; } =
    [
        Column.Field("InstanceId", "InstanceId"),
        Column.Field("Name", "InstanceName"),
        Column.Field("Status", "Status"),
        Column.Field("Type", "InstanceType"),
        Column.Field("Zone", "ZoneId"),
        Column.Field("VSwitchId", "VpcAttributes.VSwitchId"),
        Column.Field("PrivateIp", "VpcAttributes.PrivateIpAddress.IpAddress"),
        Column.Field("Eip", "EipAddress.IpAddress"),
        Column.Field("PublicIp", "PublicIpAddress.IpAddress"),
    ];

    public static IReadOnlyList<Column> Details { get; } =
    [
        Column.Field("InstanceId", "InstanceId"),
        Column.Field("InstanceName", "InstanceName"),
        Column.Field("Status", "Status"),
        Column.Field("InstanceType", "InstanceType"),
        Column.Field("Cpu", "Cpu"),
        Column.Field("Memory", "Memory"),
        Column.Field("ImageId", "ImageId"),
        Column.Field("RegionId", "RegionId"),
        Column.Field("ZoneId", "ZoneId"),
        Column.Field("VpcId", "VpcAttributes.VpcId"),
        Column.Field("VSwitchId", "VpcAttributes.VSwitchId"),
        Column.Field("PrivateIpAddress", "VpcAttributes.PrivateIpAddress.IpAddress"),
        Column.Field("EipAllocationId", "EipAddress.AllocationId"),
        Column.Field("EipAddress", "EipAddress.IpAddress"),
        Column.Field("PublicIpAddress", "PublicIpAddress.IpAddress"),
        new("NetworkInterfaces", item => FieldLists.Join(item, "NetworkInterfaces.NetworkInterface", "NetworkInterfaceId")),
        Column.Field("SecurityGroupIds", "SecurityGroupIds.SecurityGroupId"),
        Column.Field("ResourceGroupId", "ResourceGroupId"),
        Column.Field("CreationTime", "CreationTime"),
    ];
}
