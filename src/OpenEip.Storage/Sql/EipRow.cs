using System.Data.Common;
using System.Text.Json;
using OpenEip.Core.Associations;
using OpenEip.Core.Eips;

namespace OpenEip.Storage.Sql;

/// <summary>
/// The eips table with its binding, read by column position: select <see cref="Columns"/> from <see cref="From"/> and
/// map each row with <see cref="Read"/> (<see cref="SqlCommands.QueryEipsAsync"/>).
/// </summary>
/// <remarks>
/// Not through Dapper: it hashed the 43 column names of every result before reading it (a native call and a string
/// each, rows or none) and boxed every value. In an Associate+Unassociate cycle the writer spent about a sixth of its
/// time mapping EIPs that way (issue 12).
/// </remarks>
internal static class EipRow
{
    /// <summary>An EIP with its binding, if any: select <see cref="Columns"/> from this.</summary>
    public const string From = "eips e LEFT JOIN eip_bindings b ON b.allocation_id = e.allocation_id";

    /// <summary>In the order <see cref="Read"/> takes them.</summary>
    public const string Columns =
        "e.allocation_id, e.account_id, e.region_id, e.ip_address, e.bandwidth, " +
        "e.internet_charge_type, e.instance_charge_type, e.isp, e.netmode, e.name, " +
        "e.description, e.resource_group_id, e.deletion_protection, " +
        "e.security_protection_types, e.allocation_time, e.expired_time, " +
        "e.released_time, e.order_id, e.service_managed_by, e.generation, " +
        "e.observed_generation, e.spec_changed_at, e.lock_reason, e.locked_at, " +
        "e.idle_since, e.idle_accrued_ms, e.zone, e.hd_monitor_status, " +
        "e.hd_log_project, e.hd_log_store, e.forward_mode, " +
        "b.instance_type, b.instance_id, b.region_id, b.mode, " +
        "b.private_ip_address, b.network_interface_id, b.exclusive_target, " +
        "b.private_ip_key, b.unbinding, b.bound_at, b.vpc_id, " +
        "b.private_ip_chosen";

    /// <summary>The EIP of the reader's current row.</summary>
    public static Eip Read(DbDataReader row)
    {
        var allocationId = row.GetString(0);
        var accountId = row.GetString(1);
        return new Eip
        {
            AllocationId = allocationId,
            AccountId = accountId,
            RegionId = row.GetString(2),
            IpAddress = row.GetString(3),
            Bandwidth = (int)row.GetInt64(4),
            InternetChargeType = row.GetString(5),
            InstanceChargeType = row.GetString(6),
            Isp = row.GetString(7),
            Netmode = row.GetString(8),
            Name = row.GetString(9),
            Description = row.GetString(10),
            ResourceGroupId = row.GetString(11),
            DeletionProtection = row.GetInt32(12) == 1,
            SecurityProtectionTypes = ProtectionTypes(row.GetString(13)),
            AllocationTime = UnixTime.FromDb(row.GetInt64(14)),
            ExpiredTime = UnixTime.FromDb(NullableLong(row, 15)),
            ReleasedTime = UnixTime.FromDb(NullableLong(row, 16)),
            OrderId = row.GetInt64(17),
            ServiceManagedBy = row.GetString(18),
            Generation = row.GetInt64(19),
            ObservedGeneration = row.GetInt64(20),
            SpecChangedAt = UnixTime.FromDb(row.GetInt64(21)),
            LockReason = row.GetString(22),
            LockedAt = UnixTime.FromDb(NullableLong(row, 23)),
            IdleSince = UnixTime.FromDb(NullableLong(row, 24)),
            IdleAccrued = TimeSpan.FromMilliseconds(row.GetInt64(25)),
            Zone = row.GetString(26),
            HighDefinitionMonitor = new HighDefinitionMonitor(row.GetString(27), row.GetString(28), row.GetString(29)),
            ForwardMode = row.GetString(30),
            Binding = row.IsDBNull(31) ? null : new EipBinding
            {
                AllocationId = allocationId,
                AccountId = accountId,
                InstanceType = row.GetString(31),
                InstanceId = row.GetString(32),
                RegionId = row.GetString(33),
                Mode = row.GetString(34),
                PrivateIpAddress = row.GetString(35),
                NetworkInterfaceId = row.GetString(36),
                ExclusiveTarget = row.IsDBNull(37) ? null : row.GetString(37),
                PrivateIpKey = row.IsDBNull(38) ? null : row.GetString(38),
                Unbinding = row.GetInt32(39) == 1,
                BoundAt = UnixTime.FromDb(row.GetInt64(40)),
                VpcId = row.GetString(41),
                PrivateIpChosen = row.GetInt32(42) == 1,
            },
        };
    }

    private static long? NullableLong(DbDataReader row, int column) => row.IsDBNull(column) ? null : row.GetInt64(column);

    /// <summary>Most EIPs have none: "[]" needs no parser.</summary>
    private static List<string> ProtectionTypes(string json) =>
        json == "[]" ? [] : JsonSerializer.Deserialize<List<string>>(json) ?? [];

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
