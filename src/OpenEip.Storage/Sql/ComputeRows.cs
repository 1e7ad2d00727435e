using System.Data.Common;
using OpenEip.Core.Compute;

namespace OpenEip.Storage.Sql;

/// <summary>Rows of the compute tables and their column lists: groups and rules as Dapper reads them, instances and ENIs by column position.</summary>
internal static class ComputeRows
{
    public const string GroupColumns =
        "security_group_id AS SecurityGroupId, account_id AS AccountId, region_id AS RegionId, vpc_id AS VpcId, security_group_name AS SecurityGroupName, description AS Description, creation_time AS CreationTime, " +
        "resource_group_id AS ResourceGroupId";

    public const string RuleColumns =
        "security_group_rule_id AS SecurityGroupRuleId, security_group_id AS SecurityGroupId, direction AS Direction, ip_protocol AS IpProtocol, port_range AS PortRange, " +
        "source_cidr_ip AS SourceCidrIp, source_group_id AS SourceGroupId, dest_cidr_ip AS DestCidrIp, dest_group_id AS DestGroupId, policy AS Policy, priority AS Priority, " +
        "description AS Description, creation_time AS CreationTime";

    /// <summary>In the order <see cref="ReadInstance"/> takes them.</summary>
    public const string InstanceColumns =
        "instance_id, account_id, region_id, zone_id, instance_type, instance_name, description, host_name, image_id, network_type, vpc_id, " +
        "vswitch_id, primary_network_interface_id, classic_inner_ip_address, public_ip_address, transition, transition_started, creation_time, " +
        "resource_group_id";

    /// <summary>In the order <see cref="ReadEni"/> takes them.</summary>
    public const string EniColumns =
        "network_interface_id, account_id, region_id, zone_id, vpc_id, vswitch_id, type, primary_ip_address, mac_address, network_interface_name, " +
        "description, instance_id, attached, attachment_changed, creation_time, private_traffic_disabled, resource_group_id";

    internal sealed class GroupRow
    {
        public string SecurityGroupId { get; init; } = "";
        public string AccountId { get; init; } = "";
        public string RegionId { get; init; } = "";
        public string VpcId { get; init; } = "";
        public string SecurityGroupName { get; init; } = "";
        public string Description { get; init; } = "";
        public long CreationTime { get; init; }
        public string ResourceGroupId { get; init; } = "";

        public SecurityGroup ToGroup() =>
            new(SecurityGroupId, AccountId, RegionId, VpcId, SecurityGroupName, Description, UnixTime.FromDb(CreationTime)) { ResourceGroupId = ResourceGroupId };
    }

    internal sealed class RuleRow
    {
        public string SecurityGroupRuleId { get; init; } = "";
        public string SecurityGroupId { get; init; } = "";
        public string Direction { get; init; } = "";
        public string IpProtocol { get; init; } = "";
        public string PortRange { get; init; } = "";
        public string SourceCidrIp { get; init; } = "";
        public string SourceGroupId { get; init; } = "";
        public string DestCidrIp { get; init; } = "";
        public string DestGroupId { get; init; } = "";
        public string Policy { get; init; } = "";
        public long Priority { get; init; }
        public string Description { get; init; } = "";
        public long CreationTime { get; init; }

        public SecurityGroupRule ToRule() => new()
        {
            SecurityGroupRuleId = SecurityGroupRuleId, SecurityGroupId = SecurityGroupId, Direction = Direction, IpProtocol = IpProtocol,
            PortRange = PortRange, SourceCidrIp = SourceCidrIp, SourceGroupId = SourceGroupId, DestCidrIp = DestCidrIp, DestGroupId = DestGroupId,
            Policy = Policy, Priority = (int)Priority, Description = Description, CreationTime = UnixTime.FromDb(CreationTime),
        };
    }

    /// <summary>
    /// The instance of the reader's current row (<see cref="InstanceColumns"/>), read by column position. Not through
    /// Dapper, which hashed the names of every result's columns before reading it: an Associate reads an instance and
    /// its primary ENI on the writer's thread (issue 12, as <see cref="EipRow"/>).
    /// </summary>
    public static Instance ReadInstance(DbDataReader row) => new()
    {
        InstanceId = row.GetString(0), AccountId = row.GetString(1), RegionId = row.GetString(2), ZoneId = row.GetString(3),
        InstanceType = row.GetString(4), InstanceName = row.GetString(5), Description = row.GetString(6), HostName = row.GetString(7),
        ImageId = row.GetString(8), NetworkType = row.GetString(9), VpcId = row.GetString(10), VSwitchId = row.GetString(11),
        PrimaryNetworkInterfaceId = row.GetString(12), ClassicInnerIpAddress = row.GetString(13), PublicIpAddress = row.GetString(14),
        Transition = Enum.Parse<PowerTransition>(row.GetString(15)), TransitionStarted = UnixTime.FromDb(row.GetInt64(16)),
        CreationTime = UnixTime.FromDb(row.GetInt64(17)), ResourceGroupId = row.GetString(18),
    };

    /// <summary>The network interface of the reader's current row (<see cref="EniColumns"/>), without its security groups (a table of their own).</summary>
    public static NetworkInterface ReadEni(DbDataReader row) => new()
    {
        NetworkInterfaceId = row.GetString(0), AccountId = row.GetString(1), RegionId = row.GetString(2), ZoneId = row.GetString(3),
        VpcId = row.GetString(4), VSwitchId = row.GetString(5), Type = row.GetString(6), PrimaryIpAddress = row.GetString(7),
        MacAddress = row.GetString(8), NetworkInterfaceName = row.GetString(9), Description = row.GetString(10), InstanceId = row.GetString(11),
        Attached = row.GetInt64(12) == 1, AttachmentChanged = UnixTime.FromDb(row.GetInt64(13)), CreationTime = UnixTime.FromDb(row.GetInt64(14)),
        PrivateTrafficDisabled = row.GetInt64(15) == 1, ResourceGroupId = row.GetString(16), SecurityGroupIds = [],
    };
}
