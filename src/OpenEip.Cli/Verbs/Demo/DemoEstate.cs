using OpenEip.Cli.Api;
using OpenEip.Cli.Common;
using OpenEip.Cli.Output;
using OpenEip.Cli.Verbs.Eips;

namespace OpenEip.Cli.Verbs.Demo;

/// <summary>
/// Builds the demo estate step by step through the public APIs, as a user would: a VPC with two vSwitches,
/// a security group, three instances, ENIs, a NAT gateway with an SNAT entry, a CLB, a HaVip, and an EIP bound in
/// every mode the region and the account allow. The HaVip and MULTI_BINDED need privileges the operator grants
/// (R-HAVIP-1, R-MULTI-4), and MULTI_BINDED exists in some regions only (R-MULTI-5): without them those parts are
/// skipped with the reason, and the rest is built.
/// </summary>
public sealed class DemoEstate(CliSession session, string prefix, Action<string> progress)
{
    /// <summary>The family MULTI_BINDED accepts (R-MULTI-6) and every other binding too, so one type serves all three instances.</summary>
    private const string InstanceType = "ecs.g5.large";

    private static readonly HashSet<string> s_multiBindedRegions =
        ["cn-shenzhen", "cn-shanghai", "cn-beijing", "cn-zhangjiakou", "cn-chengdu", "ap-southeast-1", "eu-central-1", "us-east-1", "eu-west-1"];

    private readonly List<DemoRecord> _built = [];
    private readonly List<DemoRecord> _eips = [];
    private readonly List<string> _skipped = [];

    public IReadOnlyList<DemoRecord> Built => _built;

    public IReadOnlyList<DemoRecord> Eips => _eips;

    public IReadOnlyList<string> Skipped => _skipped;

    public async Task BuildAsync(CancellationToken cancellationToken)
    {
        var region = session.RegionId;
        var zones = ListItems(await Vpc("DescribeZones", new ParameterList(), cancellationToken), "Zones.Zone").Select(z => Fields.Text(z, "ZoneId")).ToList();
        if (zones.Count == 0)
            throw new CliException($"Region {region} has no zones.");

        var vpc = Fields.Text(await Vpc("CreateVpc", new ParameterList().Add("CidrBlock", "10.88.0.0/16").Add("VpcName", prefix + "-vpc"), cancellationToken), "VpcId");
        Record("network", "VPC", vpc, "10.88.0.0/16");
        var vSwitchA = await VSwitchAsync(vpc, zones[0], "10.88.1.0/24", "a", cancellationToken);
        var vSwitchB = await VSwitchAsync(vpc, zones[Math.Min(1, zones.Count - 1)], "10.88.2.0/24", "b", cancellationToken);
        var group = Fields.Text(await Ecs("CreateSecurityGroup", new ParameterList().Add("VpcId", vpc).Add("SecurityGroupName", prefix + "-sg"), cancellationToken), "SecurityGroupId");
        Record("network", "Security group", group, "");

        var instances = await InstancesAsync(vSwitchA, group, cancellationToken);
        var eniNat = await EniAsync(vSwitchA, group, "nat", attachTo: instances[1], cancellationToken);
        var eniVisible = await EniAsync(vSwitchA, group, "visible", attachTo: null, cancellationToken);
        var nat = await NatGatewayAsync(vpc, vSwitchA, cancellationToken);
        var clb = Fields.Text(await session.Client.CallAsync(Products.Slb, "CreateLoadBalancer", new ParameterList()
            .Add("AddressType", "intranet").Add("VpcId", vpc).Add("VSwitchId", vSwitchA).Add("LoadBalancerName", prefix + "-clb"), cancellationToken), "LoadBalancerId");
        Record("load balancing", "CLB", clb, "intranet, in " + vSwitchA);
        var haVip = await OptionalAsync("HaVip", () => HaVipAsync(vSwitchA, instances[0], instances[2], cancellationToken));

        await BindAsync("on an instance", instances[0], "EcsInstance", null, cancellationToken);
        await BindAsync("on an ENI, NAT mode", eniNat, "NetworkInterface", "NAT", cancellationToken);
        await BindAsync("on an ENI, EIP-visible mode", eniVisible, "NetworkInterface", "BINDED", cancellationToken);
        var natEip = await BindAsync("on the NAT gateway", nat.Id, "Nat", null, cancellationToken);
        await BindAsync("on the CLB", clb, "SlbInstance", null, cancellationToken);
        if (haVip is not null)
            await BindAsync("on the HaVip", haVip, "HaVip", null, cancellationToken);
        if (!s_multiBindedRegions.Contains(region))
            _skipped.Add($"MULTI_BINDED: offered only in {string.Join(", ", s_multiBindedRegions)} (R-MULTI-5); try --region cn-shanghai.");
        else
            await OptionalAsync("MULTI_BINDED", () => MultiBindedAsync(vSwitchA, group, instances[2], cancellationToken));

        var snat = Fields.Text(await Vpc("CreateSnatEntry", new ParameterList()
            .Add("SnatTableId", nat.SnatTableId).Add("SourceVSwitchId", vSwitchB).Add("SnatIp", natEip.Detail.Split(' ')[0]).Add("SnatEntryName", prefix + "-snat"), cancellationToken), "SnatEntryId");
        Record("NAT", "SNAT entry", snat, $"{vSwitchB} goes out through {natEip.Detail.Split(' ')[0]}");

        progress("Waiting for every EIP to be InUse");
        await StatusWait.UntilAsync(session, [.. _eips.Select(e => e.Id)], "InUse", TimeSpan.FromSeconds(120), $"{_eips.Count} EIPs",
            (ids, ct) => EipQueries.ManyAsync(session, ids, ct), "AllocationId", cancellationToken);
    }

    private async Task<string> VSwitchAsync(string vpc, string zone, string cidr, string name, CancellationToken cancellationToken)
    {
        var id = Fields.Text(await Vpc("CreateVSwitch", new ParameterList()
            .Add("VpcId", vpc).Add("ZoneId", zone).Add("CidrBlock", cidr).Add("VSwitchName", $"{prefix}-{name}"), cancellationToken), "VSwitchId");
        Record("network", "vSwitch", id, $"{cidr} in {zone}");
        return id;
    }

    private async Task<IReadOnlyList<string>> InstancesAsync(string vSwitch, string group, CancellationToken cancellationToken)
    {
        progress("Running three instances");
        var body = await Ecs("RunInstances", new ParameterList()
            .Add("InstanceType", InstanceType).Add("VSwitchId", vSwitch).Add("SecurityGroupId", group).Add("Amount", 3).Add("InstanceName", prefix + "-web"), cancellationToken);
        var ids = ListItems(body, "InstanceIdSets.InstanceIdSet").Select(i => i.GetString() ?? "").ToList();
        await StatusWait.UntilAsync(session, ids, "Running", TimeSpan.FromSeconds(300), "the instances",
            async (wanted, ct) => ListItems(await Ecs("DescribeInstances", new ParameterList().Add("InstanceIds", System.Text.Json.JsonSerializer.Serialize(wanted)), ct), "Instances.Instance"),
            "InstanceId", cancellationToken);
        foreach (var id in ids)
            Record("compute", "Instance", id, InstanceType + ", Running");
        return ids;
    }

    private async Task<string> EniAsync(string vSwitch, string group, string name, string? attachTo, CancellationToken cancellationToken)
    {
        var id = Fields.Text(await Ecs("CreateNetworkInterface", new ParameterList()
            .Add("VSwitchId", vSwitch).Add("SecurityGroupId", group).Add("NetworkInterfaceName", $"{prefix}-eni-{name}"), cancellationToken), "NetworkInterfaceId");
        if (attachTo is not null)
        {
            await Ecs("AttachNetworkInterface", new ParameterList().Add("NetworkInterfaceId", id).Add("InstanceId", attachTo), cancellationToken);
            await StatusWait.UntilAsync(session, [id], "InUse", TimeSpan.FromSeconds(120), id,
                async (wanted, ct) => ListItems(await Ecs("DescribeNetworkInterfaces", new ParameterList().AddList("NetworkInterfaceId", wanted), ct), "NetworkInterfaceSets.NetworkInterfaceSet"),
                "NetworkInterfaceId", cancellationToken);
        }

        Record("compute", "ENI", id, attachTo is null ? "not attached" : "attached to " + attachTo);
        return id;
    }

    private async Task<(string Id, string SnatTableId)> NatGatewayAsync(string vpc, string vSwitch, CancellationToken cancellationToken)
    {
        progress("Creating the NAT gateway");
        var id = Fields.Text(await Vpc("CreateNatGateway", new ParameterList()
            .Add("VpcId", vpc).Add("VSwitchId", vSwitch).Add("NatType", "Enhanced").Add("NetworkType", "internet").Add("Name", prefix + "-nat"), cancellationToken), "NatGatewayId");
        var gateways = await StatusWait.UntilAsync(session, [id], "Available", TimeSpan.FromSeconds(120), id,
            async (wanted, ct) => ListItems(await Vpc("DescribeNatGateways", new ParameterList().Add("NatGatewayId", wanted[0]), ct), "NatGateways.NatGateway"),
            "NatGatewayId", cancellationToken);
        var snatTable = ListItems(gateways[0], "SnatTableIds.SnatTableId").Select(t => t.GetString() ?? "").FirstOrDefault() ?? "";
        Record("NAT", "NAT gateway", id, "Enhanced, internet");
        return (id, snatTable);
    }

    private async Task<string> HaVipAsync(string vSwitch, string first, string second, CancellationToken cancellationToken)
    {
        var id = Fields.Text(await Vpc("CreateHaVip", new ParameterList().Add("VSwitchId", vSwitch).Add("Name", prefix + "-havip"), cancellationToken), "HaVipId");
        foreach (var member in new[] { first, second })
            await Vpc("AssociateHaVip", new ParameterList().Add("HaVipId", id).Add("InstanceId", member).Add("InstanceType", "EcsInstance"), cancellationToken);
        Record("high availability", "HaVip", id, $"members {first}, {second}");
        return id;
    }

    private async Task<string> MultiBindedAsync(string vSwitch, string group, string instance, CancellationToken cancellationToken)
    {
        var eni = await EniAsync(vSwitch, group, "multi", attachTo: instance, cancellationToken);
        await BindAsync("on an ENI, multi-EIP mode", eni, "NetworkInterface", "MULTI_BINDED", cancellationToken);
        await BindAsync("on an ENI, multi-EIP mode", eni, "NetworkInterface", "MULTI_BINDED", cancellationToken);
        return eni;
    }

    private async Task<DemoRecord> BindAsync(string role, string target, string kind, string? mode, CancellationToken cancellationToken)
    {
        var allocated = await Vpc("AllocateEipAddress", new ParameterList().Add("Name", prefix + "-eip"), cancellationToken);
        var id = Fields.Text(allocated, "AllocationId");
        var address = Fields.Text(allocated, "EipAddress");
        await Vpc("TagResources", new ParameterList().Add("ResourceType", "EIP").Add("ResourceId.1", id).AddTags([new("openeip-demo", prefix)]), cancellationToken);
        await Vpc("AssociateEipAddress", new ParameterList().Add("AllocationId", id).Add("InstanceId", target).Add("InstanceType", kind).Add("Mode", mode), cancellationToken);
        var record = new DemoRecord("EIP " + role, "EIP", id, $"{address} → {target}{(mode is null ? "" : $" ({mode})")}");
        _eips.Add(record);
        return record;
    }

    /// <summary>Runs a part that needs a privilege or a region: a refusal is recorded as skipped, with its Code.</summary>
    private async Task<string?> OptionalAsync(string part, Func<Task<string>> build)
    {
        try
        {
            return await build();
        }
        catch (ApiCallException e)
        {
            _skipped.Add($"{part}: {e.Code}: {e.Message} (the operator grants it: openeip privilege grant ACCOUNT ...)");
            return null;
        }
    }

    private void Record(string role, string kind, string id, string detail)
    {
        _built.Add(new DemoRecord(role, kind, id, detail));
        progress($"{kind} {id}");
    }

    private Task<System.Text.Json.JsonElement> Vpc(string action, ParameterList parameters, CancellationToken cancellationToken) =>
        session.Client.CallAsync(Products.Vpc, action, parameters.With("RegionId", session.RegionId), cancellationToken);

    private Task<System.Text.Json.JsonElement> Ecs(string action, ParameterList parameters, CancellationToken cancellationToken) =>
        session.Client.CallAsync(Products.Ecs, action, parameters.With("RegionId", session.RegionId), cancellationToken);

    private static List<System.Text.Json.JsonElement> ListItems(System.Text.Json.JsonElement body, string path) => Generic.ListPath.Items(body, path).ToList();
}
