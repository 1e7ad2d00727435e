using System.Diagnostics;

namespace OpenEip.BrowserTests;

/// <summary>
/// One of every resource an EIP can be bound to, in one VPC of a tenant (built with <see cref="ResourceLab"/>):
/// two running instances, a secondary ENI with a secondary private IP attached to the second (NAT mode), a
/// secondary ENI left unattached (EIP-visible mode binds before attaching, R-BIND-3), an internet NAT gateway,
/// an intranet CLB and a HaVip.
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
        if (regionId != ResourceLab.Region)
            throw new ArgumentException($"The lab builds in {ResourceLab.Region}.", nameof(regionId));
        var lab = await ResourceLab.CreateAsync(server, tenant);
        var ids = await lab.RunInstancesAsync(2);
        foreach (var id in ids)
            await UntilAsync($"{id} Running", async () => await InstanceStatusAsync(tenant.Rpc, regionId, id) == "Running");

        var natEni = await lab.CreateNetworkInterfaceAsync(1);
        await lab.AttachNetworkInterfaceAsync(natEni, ids[1]);
        await UntilAsync($"{natEni} InUse", async () => await EniStatusAsync(tenant.Rpc, regionId, natEni) == "InUse");
        var (_, secondaries) = await lab.PrivateIpsAsync(natEni);
        var visibleEni = await lab.CreateNetworkInterfaceAsync(0);

        var nat = await lab.CreateNatGatewayAsync();
        await UntilAsync($"{nat} Available", async () =>
            Tenant.Text((await tenant.Rpc.CallAsync("DescribeNatGateways", new Dictionary<string, string> { ["RegionId"] = regionId, ["NatGatewayId"] = nat })).GetProperty("NatGateways").GetProperty("NatGateway")[0], "Status") == "Available");
        var (clb, _) = await lab.CreateClassicLoadBalancerAsync();
        var (haVip, _) = await lab.CreateHaVipAsync();
        return new Estate(regionId, lab.VpcId, lab.VSwitchId, ids[0], ids[1], natEni, secondaries[0], visibleEni, nat, clb, haVip);
    }

    private static async Task<string> InstanceStatusAsync(OperatorRpc rpc, string regionId, string instanceId)
    {
        var body = await rpc.CallAsync("DescribeInstances", new Dictionary<string, string> { ["RegionId"] = regionId, ["InstanceIds"] = $"[\"{instanceId}\"]" }, OperatorRpc.Ecs);
        return Tenant.Text(body.GetProperty("Instances").GetProperty("Instance")[0], "Status");
    }

    private static async Task<string> EniStatusAsync(OperatorRpc rpc, string regionId, string eniId)
    {
        var body = await rpc.CallAsync("DescribeNetworkInterfaces", new Dictionary<string, string> { ["RegionId"] = regionId, ["NetworkInterfaceId.1"] = eniId }, OperatorRpc.Ecs);
        return Tenant.Text(body.GetProperty("NetworkInterfaceSets").GetProperty("NetworkInterfaceSet")[0], "Status");
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
}
