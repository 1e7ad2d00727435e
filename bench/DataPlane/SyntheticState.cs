using OpenEip.Core.Associations;
using OpenEip.Core.Compute;
using OpenEip.Core.DataPlane.Desired;

namespace OpenEip.DataPlaneBench;

/// <summary>
/// A desired state as the store would give it for one region: one VPC (10.0.0.0/8) with a vSwitch, some
/// instances guarded by one security group, and N EIPs bound as InstanceType=IpAddress (1:1 NAT, the
/// commonest program), from a pool of 100.64.0.0/15. Ids have OpenEip's shape, so the namespaces are
/// OpenEip's (and a running server's full resync would delete them: the benchmark refuses to run beside one).
/// </summary>
internal static class SyntheticState
{
    public const string Region = "cn-hangzhou";
    public const string VpcId = "vpc-benchresync000000001";
    public const string VSwitchId = "vsw-benchresync000000001";
    public const string GroupId = "sg-benchresync0000000001";
    public static readonly string[] Pool = ["100.64.0.0/16", "100.65.0.0/16"];

    public static string InstanceId(int i) => $"i-benchresync{i:D9}";

    /// <summary>The i-th EIP's address: 100.64.0.1 onwards, skipping .0 and .255 of each /24.</summary>
    public static string EipAddress(int i) => Address(0x64400000u, i);

    /// <summary>The i-th binding's private address: 10.1.0.1 onwards (outside the vSwitch).</summary>
    public static string PrivateAddress(int i) => Address(0x0A010000u, i);

    public static EipDesired Eip(int i, long generation = 1, bool unbinding = false) => new()
    {
        AllocationId = $"eip-benchresync{i:D8}",
        IpAddress = EipAddress(i),
        RegionId = Region,
        Generation = generation,
        ObservedGeneration = generation,
        Unbinding = unbinding,
        Delivery = EipDelivery.Nat,
        VpcId = VpcId,
        PrivateIp = PrivateAddress(i),
        TargetType = BindingTargetTypes.IpAddress,
        TargetId = PrivateAddress(i),
    };

    public static DesiredState Full(int eips, int hosts) => new()
    {
        Scope = DesiredScope.Full,
        Pools = [new RegionPool(Region, Pool)],
        Vpcs = [Vpc(hosts)],
        Eips = Enumerable.Range(0, eips).Select(i => Eip(i)).ToList(),
    };

    public static DesiredState Eips(params EipDesired[] eips) => new() { Scope = DesiredScope.Eips, Eips = eips };

    private static VpcDesired Vpc(int hosts) => new()
    {
        VpcId = VpcId,
        AccountId = "1000000000000001",
        RegionId = Region,
        CidrBlocks = ["10.0.0.0/8"],
        VSwitches = [new VSwitchDesired(VSwitchId, "10.0.1.0/24", "10.0.1.253")],
        SecurityGroups = [new SecurityGroupDesired(GroupId, [new SecurityGroupRule
        {
            SecurityGroupRuleId = "sgr-benchresync000000001", SecurityGroupId = GroupId, Direction = "ingress", IpProtocol = "tcp",
            PortRange = "22/22", SourceCidrIp = "0.0.0.0/0", Policy = "accept", Priority = 1, CreationTime = DateTimeOffset.UnixEpoch,
        }])],
        Hosts = Enumerable.Range(0, hosts).Select(i => new HostDesired(InstanceId(i), HostKind.Instance, [new InterfaceDesired
        {
            InterfaceId = $"eni-benchresync{i:D8}",
            VSwitchId = VSwitchId,
            MacAddress = $"00:16:3e:00:{i / 256:x2}:{i % 256:x2}",
            PrivateIps = [$"10.0.1.{i + 1}"],
            DeviceIndex = 0,
            SecurityGroupIds = [GroupId],
        }])).ToList(),
    };

    private static string Address(uint network, int i)
    {
        var value = network + (uint)(i / 254 * 256 + i % 254 + 1);
        return $"{value >> 24}.{(value >> 16) & 255}.{(value >> 8) & 255}.{value & 255}";
    }
}
