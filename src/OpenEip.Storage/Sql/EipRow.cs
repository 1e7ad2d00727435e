using System.Text.Json;
using OpenEip.Core.Associations;
using OpenEip.Core.Eips;

namespace OpenEip.Storage.Sql;

/// <summary>The eips table as Dapper reads it.</summary>
internal sealed class EipRow
{
    /// <summary>An EIP with its binding, if any: select <see cref="Columns"/> from this.</summary>
    public const string From = "eips e LEFT JOIN eip_bindings b ON b.allocation_id = e.allocation_id";

    public const string Columns =
        "e.allocation_id AS AllocationId, e.account_id AS AccountId, e.region_id AS RegionId, e.ip_address AS IpAddress, e.bandwidth AS Bandwidth, " +
        "e.internet_charge_type AS InternetChargeType, e.instance_charge_type AS InstanceChargeType, e.isp AS Isp, e.netmode AS Netmode, e.name AS Name, " +
        "e.description AS Description, e.resource_group_id AS ResourceGroupId, e.deletion_protection AS DeletionProtection, " +
        "e.security_protection_types AS SecurityProtectionTypes, e.allocation_time AS AllocationTime, e.expired_time AS ExpiredTime, " +
        "e.released_time AS ReleasedTime, e.order_id AS OrderId, e.service_managed_by AS ServiceManagedBy, e.generation AS Generation, " +
        "e.observed_generation AS ObservedGeneration, e.spec_changed_at AS SpecChangedAt, e.lock_reason AS LockReason, e.locked_at AS LockedAt, " +
        "e.idle_since AS IdleSince, e.idle_accrued_ms AS IdleAccruedMs, e.zone AS Zone, e.hd_monitor_status AS HdMonitorStatus, " +
        "e.hd_log_project AS HdLogProject, e.hd_log_store AS HdLogStore, e.forward_mode AS ForwardMode, " +
        "b.instance_type AS BoundInstanceType, b.instance_id AS BoundInstanceId, b.region_id AS BoundRegionId, b.mode AS BoundMode, " +
        "b.private_ip_address AS BoundPrivateIpAddress, b.network_interface_id AS BoundNetworkInterfaceId, b.exclusive_target AS BoundExclusiveTarget, " +
        "b.private_ip_key AS BoundPrivateIpKey, b.unbinding AS BoundUnbinding, b.bound_at AS BoundAt, b.vpc_id AS BoundVpcId, " +
        "b.private_ip_chosen AS BoundPrivateIpChosen";

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
    public long Generation { get; init; }
    public long ObservedGeneration { get; init; }
    public long SpecChangedAt { get; init; }
    public string LockReason { get; init; } = "";
    public long? LockedAt { get; init; }
    public long? IdleSince { get; init; }
    public long IdleAccruedMs { get; init; }
    public string Zone { get; init; } = "";
    public string HdMonitorStatus { get; init; } = HighDefinitionMonitor.OffStatus;
    public string HdLogProject { get; init; } = "";
    public string HdLogStore { get; init; } = "";
    public string ForwardMode { get; init; } = "";
    public string? BoundInstanceType { get; init; }
    public string? BoundInstanceId { get; init; }
    public string? BoundRegionId { get; init; }
    public string? BoundMode { get; init; }
    public string? BoundPrivateIpAddress { get; init; }
    public string? BoundNetworkInterfaceId { get; init; }
    public string? BoundExclusiveTarget { get; init; }
    public string? BoundPrivateIpKey { get; init; }
    public long? BoundUnbinding { get; init; }
    public long? BoundAt { get; init; }
    public string? BoundVpcId { get; init; }
    public long? BoundPrivateIpChosen { get; init; }

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
        Generation = Generation,
        ObservedGeneration = ObservedGeneration,
        SpecChangedAt = UnixTime.FromDb(SpecChangedAt),
        LockReason = LockReason,
        LockedAt = UnixTime.FromDb(LockedAt),
        IdleSince = UnixTime.FromDb(IdleSince),
        IdleAccrued = TimeSpan.FromMilliseconds(IdleAccruedMs),
        Zone = Zone,
        HighDefinitionMonitor = new HighDefinitionMonitor(HdMonitorStatus, HdLogProject, HdLogStore),
        ForwardMode = ForwardMode,
        Binding = BoundInstanceType is null ? null : new EipBinding
        {
            AllocationId = AllocationId,
            AccountId = AccountId,
            RegionId = BoundRegionId!,
            InstanceType = BoundInstanceType,
            InstanceId = BoundInstanceId!,
            Mode = BoundMode!,
            PrivateIpAddress = BoundPrivateIpAddress!,
            NetworkInterfaceId = BoundNetworkInterfaceId!,
            ExclusiveTarget = BoundExclusiveTarget,
            PrivateIpKey = BoundPrivateIpKey,
            Unbinding = BoundUnbinding == 1,
            VpcId = BoundVpcId ?? "",
            PrivateIpChosen = BoundPrivateIpChosen == 1,
            BoundAt = UnixTime.FromDb(BoundAt!.Value),
        },
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
        IdleSince = UnixTime.ToDb(eip.IdleSince),
        IdleAccruedMs = (long)eip.IdleAccrued.TotalMilliseconds,
        eip.Zone,
        eip.LockReason,
        LockedAt = UnixTime.ToDb(eip.LockedAt),
    };
}
