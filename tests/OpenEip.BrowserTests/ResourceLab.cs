using System.Text.Json;

namespace OpenEip.BrowserTests;

/// <summary>
/// Builds resources through the server's real API (as tests/Conformance/lib/lab.mjs does): a VPC (10.0.0.0/16)
/// with a vSwitch (10.0.1.0/24) in the region's first zone and a security group, then instances, ENIs,
/// NAT gateways, load balancers, HaVips and EIPs on demand, in the operator's own account or a tenant's.
/// </summary>
public sealed class ResourceLab
{
    public const string Region = "cn-hangzhou";
    public const string FirstZone = "cn-hangzhou-b";
    public const string SecondZone = "cn-hangzhou-e";

    private readonly ServerFixture _server;
    private readonly OperatorRpc _rpc;
    private readonly string? _accountId;

    private ResourceLab(ServerFixture server, OperatorRpc rpc, string? accountId, string vpcId, string vSwitchId, string securityGroupId)
    {
        _server = server;
        _rpc = rpc;
        _accountId = accountId;
        VpcId = vpcId;
        VSwitchId = vSwitchId;
        SecurityGroupId = securityGroupId;
    }

    public string VpcId { get; }

    public string VSwitchId { get; }

    public string SecurityGroupId { get; }

    /// <summary>A lab in the tenant's account, or (none given) in the operator's own.</summary>
    public static async Task<ResourceLab> CreateAsync(ServerFixture server, Tenant? tenant = null)
    {
        var rpc = tenant?.Rpc ?? server.Rpc;
        var vpcId = Text(await rpc.CallAsync("CreateVpc", new Dictionary<string, string> { ["RegionId"] = Region, ["CidrBlock"] = "10.0.0.0/16" }), "VpcId");
        var vSwitchId = await CreateVSwitchAsync(rpc, vpcId, FirstZone, "10.0.1.0/24");
        var groupId = Text(await rpc.CallAsync("CreateSecurityGroup", new Dictionary<string, string> { ["RegionId"] = Region, ["VpcId"] = vpcId, ["SecurityGroupName"] = "browser" }, OperatorRpc.Ecs), "SecurityGroupId");
        return new ResourceLab(server, rpc, tenant?.AccountId, vpcId, vSwitchId, groupId);
    }

    public Task<string> VSwitchAsync(string zoneId, string cidrBlock) => CreateVSwitchAsync(_rpc, VpcId, zoneId, cidrBlock);

    /// <summary>RunInstances: the instances start (Pending, Starting, then Running after a few seconds).</summary>
    public async Task<IReadOnlyList<string>> RunInstancesAsync(int amount = 1, string? name = null)
    {
        var parameters = new Dictionary<string, string>
        {
            ["RegionId"] = Region, ["InstanceType"] = "ecs.g7.large", ["VSwitchId"] = VSwitchId, ["SecurityGroupId"] = SecurityGroupId, ["Amount"] = amount.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (name is not null)
            parameters["InstanceName"] = name;
        var body = await _rpc.CallAsync("RunInstances", parameters, OperatorRpc.Ecs);
        return body.GetProperty("InstanceIdSets").GetProperty("InstanceIdSet").EnumerateArray().Select(e => e.GetString()!).ToList();
    }

    public Task AttachNetworkInterfaceAsync(string networkInterfaceId, string instanceId) =>
        _rpc.CallAsync("AttachNetworkInterface", new Dictionary<string, string> { ["RegionId"] = Region, ["NetworkInterfaceId"] = networkInterfaceId, ["InstanceId"] = instanceId }, OperatorRpc.Ecs);

    public Task StopInstanceAsync(string instanceId) =>
        _rpc.CallAsync("StopInstance", new Dictionary<string, string> { ["InstanceId"] = instanceId }, OperatorRpc.Ecs);

    /// <summary>A secondary ENI (not attached) with this many secondary private IPs; its id.</summary>
    public async Task<string> CreateNetworkInterfaceAsync(int secondaryIps, string? name = null)
    {
        var parameters = new Dictionary<string, string>
        {
            ["RegionId"] = Region, ["VSwitchId"] = VSwitchId, ["SecurityGroupId"] = SecurityGroupId,
            ["SecondaryPrivateIpAddressCount"] = secondaryIps.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (name is not null)
            parameters["NetworkInterfaceName"] = name;
        return Text(await _rpc.CallAsync("CreateNetworkInterface", parameters, OperatorRpc.Ecs), "NetworkInterfaceId");
    }

    /// <summary>The ENI's private IPs as DescribeNetworkInterfaces lists them: (primary, secondaries).</summary>
    public async Task<(string Primary, IReadOnlyList<string> Secondary)> PrivateIpsAsync(string networkInterfaceId)
    {
        var body = await _rpc.CallAsync("DescribeNetworkInterfaces", new Dictionary<string, string> { ["RegionId"] = Region, ["NetworkInterfaceId.1"] = networkInterfaceId }, OperatorRpc.Ecs);
        var eni = body.GetProperty("NetworkInterfaceSets").GetProperty("NetworkInterfaceSet")[0];
        var sets = eni.GetProperty("PrivateIpSets").GetProperty("PrivateIpSet").EnumerateArray().ToList();
        return (eni.GetProperty("PrivateIpAddress").GetString()!,
            sets.Where(s => !s.GetProperty("Primary").GetBoolean()).Select(s => s.GetProperty("PrivateIpAddress").GetString()!).ToList());
    }

    public async Task<string> CreateNatGatewayAsync(string? name = null)
    {
        var parameters = new Dictionary<string, string>
        {
            ["RegionId"] = Region, ["VpcId"] = VpcId, ["VSwitchId"] = VSwitchId, ["NatType"] = "Enhanced", ["NetworkType"] = "internet",
        };
        if (name is not null)
            parameters["Name"] = name;
        return Text(await _rpc.CallAsync("CreateNatGateway", parameters), "NatGatewayId");
    }

    /// <summary>An intranet CLB in the lab's vSwitch; (id, private address).</summary>
    public async Task<(string Id, string Address)> CreateClassicLoadBalancerAsync()
    {
        var body = await _rpc.CallAsync("CreateLoadBalancer", new Dictionary<string, string>
        {
            ["RegionId"] = Region, ["AddressType"] = "intranet", ["VpcId"] = VpcId, ["VSwitchId"] = VSwitchId,
        }, OperatorRpc.Slb);
        return (Text(body, "LoadBalancerId"), Text(body, "Address"));
    }

    /// <summary>An Intranet ALB or NLB (by its API version) over the lab's vSwitch and one in the second zone.</summary>
    public async Task<string> CreateZonalLoadBalancerAsync(string version, string name)
    {
        var second = await VSwitchAsync(SecondZone, "10.0.250.0/24");
        var body = await _rpc.CallAsync("CreateLoadBalancer", new Dictionary<string, string>
        {
            ["RegionId"] = Region, ["AddressType"] = "Intranet", ["VpcId"] = VpcId, ["LoadBalancerName"] = name,
            ["ZoneMappings.1.ZoneId"] = FirstZone, ["ZoneMappings.1.VSwitchId"] = VSwitchId,
            ["ZoneMappings.2.ZoneId"] = SecondZone, ["ZoneMappings.2.VSwitchId"] = second,
        }, version);
        return Text(body, "LoadBalancerId");
    }

    /// <summary>The operator grants the lab's account the HaVip privilege (the quota application), then it creates a HaVip; (id, address).</summary>
    public async Task<(string Id, string Address)> CreateHaVipAsync()
    {
        var accountId = _accountId;
        if (accountId is null)
        {
            var accounts = await _server.Rpc.CallAsync("DescribeAccounts", new Dictionary<string, string>(), OperatorRpc.Operator);
            accountId = Text(accounts.GetProperty("Accounts").GetProperty("Account").EnumerateArray().First(a => a.GetProperty("IsOperator").GetBoolean()), "AccountId");
        }

        await _server.Rpc.CallAsync("SetAccountQuota", new Dictionary<string, string>
        {
            ["AccountId"] = accountId, ["QuotaName"] = "havip-privilege", ["Value"] = "1",
        }, OperatorRpc.Operator);
        var created = await _rpc.CallAsync("CreateHaVip", new Dictionary<string, string> { ["RegionId"] = Region, ["VSwitchId"] = VSwitchId });
        return (Text(created, "HaVipId"), Text(created, "IpAddress"));
    }

    public Task AssociateHaVipAsync(string haVipId, string instanceId) =>
        _rpc.CallAsync("AssociateHaVip", new Dictionary<string, string> { ["RegionId"] = Region, ["HaVipId"] = haVipId, ["InstanceId"] = instanceId, ["InstanceType"] = "EcsInstance" });

    public Task<AllocatedEip> AllocateEipAsync() => _rpc.AllocateEipAddressAsync(Region);

    /// <summary>AssociateEipAddress: InstanceType EcsInstance, NetworkInterface (with a private IP), Nat, SlbInstance or HaVip.</summary>
    public Task BindAsync(AllocatedEip eip, string instanceId, string instanceType, string? privateIpAddress = null)
    {
        var parameters = new Dictionary<string, string>
        {
            ["RegionId"] = Region, ["AllocationId"] = eip.AllocationId, ["InstanceId"] = instanceId, ["InstanceType"] = instanceType,
        };
        if (privateIpAddress is not null)
            parameters["PrivateIpAddress"] = privateIpAddress;
        return _rpc.CallAsync("AssociateEipAddress", parameters);
    }

    private static async Task<string> CreateVSwitchAsync(OperatorRpc rpc, string vpcId, string zoneId, string cidrBlock) =>
        Text(await rpc.CallAsync("CreateVSwitch", new Dictionary<string, string> { ["RegionId"] = Region, ["VpcId"] = vpcId, ["ZoneId"] = zoneId, ["CidrBlock"] = cidrBlock }), "VSwitchId");

    private static string Text(JsonElement body, string name) =>
        body.GetProperty(name).GetString() ?? throw new InvalidOperationException($"The answer has no {name}: {body}");
}
