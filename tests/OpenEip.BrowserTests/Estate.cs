using System.Diagnostics;
using System.Text.Json;

namespace OpenEip.BrowserTests;

/// <summary>
/// One of every resource an EIP can be bound to, in one VPC of a tenant, made through the real API as a user
/// would (the conformance suite's Lab does the same in JavaScript): two running instances, a secondary ENI with
/// a secondary private IP attached to the second (NAT mode), a secondary ENI left unattached (EIP-visible mode
/// binds before attaching, R-BIND-3), an internet NAT gateway, an intranet CLB and a HaVip.
/// </summary>
public sealed record Estate(
    string RegionId,
    string VpcId,
    string VSwitchId,
    string Instance1,
    string Instance2,
    string NatEni,
    string NatEniSecondaryIp,
    string VisibleEni,
    string NatGatewayId,
    string ClbId,
    string HaVipId)
{
    private static readonly TimeSpan s_settle = TimeSpan.FromSeconds(30);

    public static async Task<Estate> BuildAsync(ServerFixture server, Tenant tenant, string regionId)
    {
        await tenant.GrantAsync(server, "havip-privilege");
        var rpc = tenant.Rpc;
        var zone = (await rpc.CallAsync("DescribeZones", P(("RegionId", regionId)))).GetProperty("Zones").GetProperty("Zone")[0].GetProperty("ZoneId").GetString()!;
        var vpc = Tenant.Text(await rpc.CallAsync("CreateVpc", P(("RegionId", regionId), ("CidrBlock", "10.0.0.0/16"))), "VpcId");
        var vSwitch = Tenant.Text(await rpc.CallAsync("CreateVSwitch", P(("RegionId", regionId), ("VpcId", vpc), ("ZoneId", zone), ("CidrBlock", "10.0.1.0/24"))), "VSwitchId");
        var group = Tenant.Text(await rpc.CallAsync("CreateSecurityGroup", P(("RegionId", regionId), ("VpcId", vpc)), OperatorRpc.Ecs), "SecurityGroupId");
        var run = await rpc.CallAsync("RunInstances", P(("RegionId", regionId), ("InstanceType", "ecs.g7.large"), ("VSwitchId", vSwitch), ("SecurityGroupId", group), ("Amount", "2")), OperatorRpc.Ecs);
        var ids = run.GetProperty("InstanceIdSets").GetProperty("InstanceIdSet").EnumerateArray().Select(e => e.GetString()!).ToList();
        foreach (var id in ids)
            await UntilAsync($"{id} Running", async () => await InstanceStatusAsync(rpc, regionId, id) == "Running");

        var natEni = Tenant.Text(await rpc.CallAsync("CreateNetworkInterface", P(("RegionId", regionId), ("VSwitchId", vSwitch), ("SecurityGroupId", group), ("SecondaryPrivateIpAddressCount", "1")), OperatorRpc.Ecs), "NetworkInterfaceId");
        await rpc.CallAsync("AttachNetworkInterface", P(("RegionId", regionId), ("NetworkInterfaceId", natEni), ("InstanceId", ids[1])), OperatorRpc.Ecs);
        await UntilAsync($"{natEni} InUse", async () => Tenant.Text(await EniAsync(rpc, regionId, natEni), "Status") == "InUse");
        var secondary = (await EniAsync(rpc, regionId, natEni)).GetProperty("PrivateIpSets").GetProperty("PrivateIpSet").EnumerateArray()
            .First(s => !s.GetProperty("Primary").GetBoolean()).GetProperty("PrivateIpAddress").GetString()!;
        var visibleEni = Tenant.Text(await rpc.CallAsync("CreateNetworkInterface", P(("RegionId", regionId), ("VSwitchId", vSwitch), ("SecurityGroupId", group)), OperatorRpc.Ecs), "NetworkInterfaceId");

        var nat = Tenant.Text(await rpc.CallAsync("CreateNatGateway", P(("RegionId", regionId), ("VpcId", vpc), ("VSwitchId", vSwitch), ("NatType", "Enhanced"), ("NetworkType", "internet"))), "NatGatewayId");
        await UntilAsync($"{nat} Available", async () =>
            Tenant.Text((await rpc.CallAsync("DescribeNatGateways", P(("RegionId", regionId), ("NatGatewayId", nat)))).GetProperty("NatGateways").GetProperty("NatGateway")[0], "Status") == "Available");
        var clb = Tenant.Text(await rpc.CallAsync("CreateLoadBalancer", P(("RegionId", regionId), ("AddressType", "intranet"), ("VpcId", vpc), ("VSwitchId", vSwitch)), OperatorRpc.Slb), "LoadBalancerId");
        var haVip = Tenant.Text(await rpc.CallAsync("CreateHaVip", P(("RegionId", regionId), ("VSwitchId", vSwitch))), "HaVipId");
        return new Estate(regionId, vpc, vSwitch, ids[0], ids[1], natEni, secondary, visibleEni, nat, clb, haVip);
    }

    private static async Task<string> InstanceStatusAsync(OperatorRpc rpc, string regionId, string instanceId)
    {
        var body = await rpc.CallAsync("DescribeInstances", P(("RegionId", regionId), ("InstanceIds", $"[\"{instanceId}\"]")), OperatorRpc.Ecs);
        return Tenant.Text(body.GetProperty("Instances").GetProperty("Instance")[0], "Status");
    }

    private static async Task<JsonElement> EniAsync(OperatorRpc rpc, string regionId, string eniId)
    {
        var body = await rpc.CallAsync("DescribeNetworkInterfaces", P(("RegionId", regionId), ("NetworkInterfaceId.1", eniId)), OperatorRpc.Ecs);
        return body.GetProperty("NetworkInterfaceSets").GetProperty("NetworkInterfaceSet")[0];
    }

    /// <summary>Polls the API until a resource settles (the emulator's timings are short); a bounded wait, not a sleep standing in for it.</summary>
    private static async Task UntilAsync(string what, Func<Task<bool>> done)
    {
        var waited = Stopwatch.StartNew();
        while (!await done())
        {
            if (waited.Elapsed > s_settle)
                throw new TimeoutException($"{what}: not reached within {s_settle.TotalSeconds} s.");
            await Task.Delay(100);
        }
    }

    private static Dictionary<string, string> P(params (string Key, string Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);
}
