using OpenEip.Cli.Output;

namespace OpenEip.Cli.Verbs.Eips;

/// <summary>How EIPs show in tables.</summary>
public static class EipColumns
{
    public static IReadOnlyList<Column> List { get; } =
    [
        Column.Field("AllocationId", "AllocationId"),
        Column.Field("IpAddress", "IpAddress"),
        new("Status", StatusWithLock),
        Column.Field("Bandwidth", "Bandwidth"),
        Column.Field("Charge", "InternetChargeType"),
        Column.Field("BoundTo", "InstanceId"),
        Column.Field("Kind", "InstanceType"),
        Column.Field("Mode", "Mode"),
        Column.Field("Name", "Name"),
        new("Tags", item => Fields.Tags(item)),
    ];

    /// <summary>The status, with the lock when billing has locked the EIP (<c>BusinessStatus</c> FinancialLocked, R-LIFE-5).</summary>
    private static string StatusWithLock(System.Text.Json.JsonElement item) =>
        Fields.Text(item, "BusinessStatus") is { Length: > 0 } business and not "Normal"
            ? $"{Fields.Text(item, "Status")} ({business})"
            : Fields.Text(item, "Status");

    public static IReadOnlyList<Column> Details { get; } =
    [
        Column.Field("AllocationId", "AllocationId"),
        Column.Field("IpAddress", "IpAddress"),
        Column.Field("Status", "Status"),
        Column.Field("BusinessStatus", "BusinessStatus"),
        Column.Field("RegionId", "RegionId"),
        Column.Field("Name", "Name"),
        Column.Field("Description", "Description"),
        Column.Field("Bandwidth", "Bandwidth"),
        Column.Field("InternetChargeType", "InternetChargeType"),
        Column.Field("ChargeType", "ChargeType"),
        Column.Field("ISP", "ISP"),
        Column.Field("InstanceType", "InstanceType"),
        Column.Field("InstanceId", "InstanceId"),
        Column.Field("Mode", "Mode"),
        Column.Field("PrivateIpAddress", "PrivateIpAddress"),
        Column.Field("DeletionProtection", "DeletionProtection"),
        Column.Field("ResourceGroupId", "ResourceGroupId"),
        Column.Field("AllocationTime", "AllocationTime"),
        new("Tags", item => Fields.Tags(item)),
    ];
}
