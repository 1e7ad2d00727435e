using OpenEip.Core.Compute;

namespace OpenEip.Storage.Sql;

/// <summary>Rows of the compute tables as Dapper reads them, and their column lists.</summary>
internal static class ComputeRows
{
    public const string GroupColumns =
        "security_group_id AS SecurityGroupId, account_id AS AccountId, region_id AS RegionId, vpc_id AS VpcId, security_group_name AS SecurityGroupName, description AS Description, creation_time AS CreationTime, " +
        "resource_group_id AS ResourceGroupId";

    public const string RuleColumns =
        "security_group_rule_id AS SecurityGroupRuleId, security_group_id AS SecurityGroupId, direction AS Direction, ip_protocol AS IpProtocol, port_range AS PortRange, " +
        "source_cidr_ip AS SourceCidrIp, source_group_id AS SourceGroupId, dest_cidr_ip AS DestCidrIp, dest_group_id AS DestGroupId, policy AS Policy, priority AS Priority, " +
        "description AS Description, creation_time AS CreationTime";

    public const string InstanceColumns =
        "instance_id AS InstanceId, account_id AS AccountId, region_id AS RegionId, zone_id AS ZoneId, instance_type AS InstanceType, instance_name AS InstanceName, " +
        "description AS Description, host_name AS HostName, image_id AS ImageId, network_type AS NetworkType, vpc_id AS VpcId, vswitch_id AS VSwitchId, " +
        "primary_network_interface_id AS PrimaryNetworkInterfaceId, classic_inner_ip_address AS ClassicInnerIpAddress, public_ip_address AS PublicIpAddress, " +
        "transition AS Transition, transition_started AS TransitionStarted, creation_time AS CreationTime, resource_group_id AS ResourceGroupId";

    public const string EniColumns =
        "network_interface_id AS NetworkInterfaceId, account_id AS AccountId, region_id AS RegionId, zone_id AS ZoneId, vpc_id AS VpcId, vswitch_id AS VSwitchId, type AS Type, " +
        "primary_ip_address AS PrimaryIpAddress, mac_address AS MacAddress, network_interface_name AS NetworkInterfaceName, description AS Description, " +
        "instance_id AS InstanceId, attached AS Attached, attachment_changed AS AttachmentChanged, creation_time AS CreationTime, " +
        "private_traffic_disabled AS PrivateTrafficDisabled, resource_group_id AS ResourceGroupId";

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

    internal sealed class InstanceRow
    {
        public string InstanceId { get; init; } = "";
        public string AccountId { get; init; } = "";
        public string RegionId { get; init; } = "";
        public string ZoneId { get; init; } = "";
        public string InstanceType { get; init; } = "";
        public string InstanceName { get; init; } = "";
        public string Description { get; init; } = "";
        public string HostName { get; init; } = "";
        public string ImageId { get; init; } = "";
        public string NetworkType { get; init; } = "";
        public string VpcId { get; init; } = "";
        public string VSwitchId { get; init; } = "";
        public string PrimaryNetworkInterfaceId { get; init; } = "";
        public string ClassicInnerIpAddress { get; init; } = "";
        public string PublicIpAddress { get; init; } = "";
        public string Transition { get; init; } = "";
        public long TransitionStarted { get; init; }
        public long CreationTime { get; init; }
        public string ResourceGroupId { get; init; } = "";

        public Instance ToInstance() => new()
        {
            InstanceId = InstanceId, AccountId = AccountId, RegionId = RegionId, ZoneId = ZoneId, InstanceType = InstanceType,
            InstanceName = InstanceName, Description = Description, HostName = HostName, ImageId = ImageId, NetworkType = NetworkType,
            VpcId = VpcId, VSwitchId = VSwitchId, PrimaryNetworkInterfaceId = PrimaryNetworkInterfaceId, ClassicInnerIpAddress = ClassicInnerIpAddress,
            PublicIpAddress = PublicIpAddress, Transition = Enum.Parse<PowerTransition>(Transition),
            TransitionStarted = UnixTime.FromDb(TransitionStarted), CreationTime = UnixTime.FromDb(CreationTime),
            ResourceGroupId = ResourceGroupId,
        };
    }

    internal sealed class EniRow
    {
        public string NetworkInterfaceId { get; init; } = "";
        public string AccountId { get; init; } = "";
        public string RegionId { get; init; } = "";
        public string ZoneId { get; init; } = "";
        public string VpcId { get; init; } = "";
        public string VSwitchId { get; init; } = "";
        public string Type { get; init; } = "";
        public string PrimaryIpAddress { get; init; } = "";
        public string MacAddress { get; init; } = "";
        public string NetworkInterfaceName { get; init; } = "";
        public string Description { get; init; } = "";
        public string InstanceId { get; init; } = "";
        public long Attached { get; init; }
        public long AttachmentChanged { get; init; }
        public long CreationTime { get; init; }
        public long PrivateTrafficDisabled { get; init; }
        public string ResourceGroupId { get; init; } = "";

        public NetworkInterface ToEni(IReadOnlyList<string> securityGroupIds) => new()
        {
            NetworkInterfaceId = NetworkInterfaceId, AccountId = AccountId, RegionId = RegionId, ZoneId = ZoneId, VpcId = VpcId, VSwitchId = VSwitchId,
            Type = Type, PrimaryIpAddress = PrimaryIpAddress, MacAddress = MacAddress, NetworkInterfaceName = NetworkInterfaceName,
            Description = Description, InstanceId = InstanceId, Attached = Attached == 1, AttachmentChanged = UnixTime.FromDb(AttachmentChanged),
            CreationTime = UnixTime.FromDb(CreationTime), SecurityGroupIds = securityGroupIds, PrivateTrafficDisabled = PrivateTrafficDisabled == 1,
            ResourceGroupId = ResourceGroupId,
        };
    }
}
