using System.Text.Json;
using OpenEip.Core.Eips;

namespace OpenEip.Storage.Sqlite;

/// <summary>The eips table as Dapper reads it.</summary>
internal sealed class EipRow
{
    public const string Columns =
        "allocation_id AS AllocationId, account_id AS AccountId, region_id AS RegionId, ip_address AS IpAddress, bandwidth AS Bandwidth, " +
        "internet_charge_type AS InternetChargeType, instance_charge_type AS InstanceChargeType, isp AS Isp, netmode AS Netmode, name AS Name, " +
        "description AS Description, resource_group_id AS ResourceGroupId, deletion_protection AS DeletionProtection, " +
        "security_protection_types AS SecurityProtectionTypes, allocation_time AS AllocationTime, expired_time AS ExpiredTime, " +
        "released_time AS ReleasedTime, order_id AS OrderId, service_managed_by AS ServiceManagedBy";

    public string AllocationId { get; init; } = "";
    public string AccountId { get; init; } = "";
    public string RegionId { get; init; } = "";
    public string IpAddress { get; init; } = "";
    public long Bandwidth { get; init; }
    public string InternetChargeType { get; init; } = "";
    public string InstanceChargeType { get; init; } = "";
    public string Isp { get; init; } = "";
    public string Netmode { get; init; } = "";
    public string Name { get; init; } = "";
    public string Description { get; init; } = "";
    public string ResourceGroupId { get; init; } = "";
    public long DeletionProtection { get; init; }
    public string SecurityProtectionTypes { get; init; } = "[]";
    public long AllocationTime { get; init; }
    public long? ExpiredTime { get; init; }
    public long? ReleasedTime { get; init; }
    public long OrderId { get; init; }
    public string ServiceManagedBy { get; init; } = "";

    public Eip ToEip() => new()
    {
        AllocationId = AllocationId,
        AccountId = AccountId,
        RegionId = RegionId,
        IpAddress = IpAddress,
        Bandwidth = (int)Bandwidth,
        InternetChargeType = InternetChargeType,
        InstanceChargeType = InstanceChargeType,
        Isp = Isp,
        Netmode = Netmode,
        Name = Name,
        Description = Description,
        ResourceGroupId = ResourceGroupId,
        DeletionProtection = DeletionProtection == 1,
        SecurityProtectionTypes = JsonSerializer.Deserialize<List<string>>(SecurityProtectionTypes) ?? [],
        AllocationTime = UnixTime.FromDb(AllocationTime),
        ExpiredTime = UnixTime.FromDb(ExpiredTime),
        ReleasedTime = UnixTime.FromDb(ReleasedTime),
        OrderId = OrderId,
        ServiceManagedBy = ServiceManagedBy,
    };

    public static object ToParameters(Eip eip) => new
    {
        eip.AllocationId,
        eip.AccountId,
        eip.RegionId,
        eip.IpAddress,
        eip.Bandwidth,
        eip.InternetChargeType,
        eip.InstanceChargeType,
        eip.Isp,
        eip.Netmode,
        eip.Name,
        eip.Description,
        eip.ResourceGroupId,
        DeletionProtection = eip.DeletionProtection ? 1 : 0,
        SecurityProtectionTypes = JsonSerializer.Serialize(eip.SecurityProtectionTypes),
        AllocationTime = UnixTime.ToDb(eip.AllocationTime),
        ExpiredTime = UnixTime.ToDb(eip.ExpiredTime),
        ReleasedTime = UnixTime.ToDb(eip.ReleasedTime),
        eip.OrderId,
        eip.ServiceManagedBy,
    };
}
