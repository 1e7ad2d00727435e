using OpenEip.Core.Associations;
using OpenEip.Core.Compute;
using OpenEip.Core.Eips;
using OpenEip.Core.HaVips;
using OpenEip.Core.LoadBalancers;
using OpenEip.Core.Nat;

namespace OpenEip.Tests.UseCases.Associations;

/// <summary>
/// Resources as the binding rules' facts hold them, for testing the rules' decisions without a database: each
/// valid for binding by default (one account, cn-hangzhou, a VPC), changed with <c>with</c> for the case at hand.
/// </summary>
public static class BindingTestData
{
    public const string Account = "1000000000000001";
    public const string Region = "cn-hangzhou";
    public const string Zone = "cn-hangzhou-b";
    public const string Vpc = "vpc-test";
    public const string VSwitch = "vsw-test";

    public static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static Eip Eip(string allocationId = "eip-a", string address = "203.0.113.10") => new()
    {
        AllocationId = allocationId,
        AccountId = Account,
        RegionId = Region,
        IpAddress = address,
        Bandwidth = 5,
        InternetChargeType = ChargeTypes.PayByBandwidth,
        InstanceChargeType = ChargeTypes.PostPaid,
        Isp = Isps.Bgp,
        AllocationTime = Now.AddDays(-1),
        IdleSince = Now.AddDays(-1),
    };

    /// <summary>An EIP already bound (InUse) as described.</summary>
    public static Eip BoundEip(string allocationId, string instanceType, string instanceId, string privateIp = "", string networkInterfaceId = "", string mode = BindingModes.Nat) =>
        Eip(allocationId, "203.0.113.99") with
        {
            IdleSince = null,
            Generation = 2,
            ObservedGeneration = 2,
            Binding = new EipBinding
            {
                AllocationId = allocationId,
                AccountId = Account,
                RegionId = Region,
                InstanceType = instanceType,
                InstanceId = instanceId,
                Mode = mode,
                PrivateIpAddress = privateIp,
                NetworkInterfaceId = networkInterfaceId,
                PrivateIpKey = networkInterfaceId.Length > 0 && privateIp.Length > 0 ? $"{networkInterfaceId}/{privateIp}" : null,
                BoundAt = Now.AddHours(-1),
            },
        };

    /// <summary>A running VPC instance (launched long enough ago) whose primary ENI is <c>eni-primary</c>.</summary>
    public static Instance Instance(string instanceId = "i-test", string instanceType = "ecs.g7.large") => new()
    {
        InstanceId = instanceId,
        AccountId = Account,
        RegionId = Region,
        ZoneId = Zone,
        InstanceType = instanceType,
        NetworkType = "vpc",
        VpcId = Vpc,
        VSwitchId = VSwitch,
        PrimaryNetworkInterfaceId = "eni-primary",
        Transition = PowerTransition.Launch,
        TransitionStarted = Now.AddHours(-1),
        CreationTime = Now.AddHours(-1),
    };

    /// <summary>An ENI: primary of <c>i-test</c> when <paramref name="type"/> is Primary, else a detached secondary one.</summary>
    public static NetworkInterface Eni(string networkInterfaceId = "eni-primary", string type = "Primary", string primaryIp = "10.0.1.10") => new()
    {
        NetworkInterfaceId = networkInterfaceId,
        AccountId = Account,
        RegionId = Region,
        ZoneId = Zone,
        VpcId = Vpc,
        VSwitchId = VSwitch,
        Type = type,
        PrimaryIpAddress = primaryIp,
        MacAddress = "00:16:3e:00:00:01",
        InstanceId = type == "Primary" ? "i-test" : "",
        Attached = type == "Primary",
        AttachmentChanged = Now.AddHours(-1),
        CreationTime = Now.AddHours(-1),
    };

    /// <summary>An internet NAT gateway created long enough ago to be Available.</summary>
    public static NatGateway NatGateway(string natGatewayId = "ngw-test") => new()
    {
        NatGatewayId = natGatewayId,
        AccountId = Account,
        RegionId = Region,
        VpcId = Vpc,
        VSwitchId = VSwitch,
        ZoneId = Zone,
        NetworkType = "internet",
        EipBindMode = "MULTI_BINDED",
        PrivateIpAddress = "10.0.1.5",
        NetworkInterfaceId = "eni-ngw",
        SnatTableId = "stb-test",
        ForwardTableId = "ftb-test",
        ResourceGroupId = "rg-test",
        CreationTime = Now.AddHours(-1),
    };

    /// <summary>An intranet CLB in the VPC.</summary>
    public static ClassicLoadBalancer ClassicLoadBalancer(string loadBalancerId = "lb-test") => new()
    {
        LoadBalancerId = loadBalancerId,
        AccountId = Account,
        RegionId = Region,
        LoadBalancerName = "clb",
        AddressType = "intranet",
        Address = "10.0.1.20",
        VpcId = Vpc,
        VSwitchId = VSwitch,
        MasterZoneId = Zone,
        CreationTime = Now.AddHours(-1),
    };

    public static HaVip HaVip(string haVipId = "havip-test") => new()
    {
        HaVipId = haVipId,
        AccountId = Account,
        RegionId = Region,
        VpcId = Vpc,
        VSwitchId = VSwitch,
        IpAddress = "10.0.1.30",
        CreationTime = Now.AddHours(-1),
    };
}
