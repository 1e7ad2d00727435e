using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OpenEip.Core.Associations;
using OpenEip.Core.Compute;
using OpenEip.Core.DataPlane.Desired;
using OpenEip.Core.Eips;
using OpenEip.Core.HaVips;
using OpenEip.Core.Networks;
using OpenEip.Core.Ports;
using OpenEip.Tests.UseCases.Associations;
using static OpenEip.Tests.StoreContract.StoreContractData;

namespace OpenEip.Tests.StoreContract;

/// <summary>
/// What every store must give the data plane (<see cref="IDesiredStateRecords"/>, <see cref="IEipRecords.ListPendingAsync"/>):
/// the same snapshot of every account's networks, hosts and bound EIPs on either engine, each list in one order, and the
/// EIPs the reconciler still has to apply, oldest change first (R-EIP-9). A driver diffs snapshots, so an order that
/// differed between engines, or between two reads, would show as changes that are none.
/// </summary>
public abstract class DataPlaneStoreContract : RecordStoreContract
{
    [SkippableFact]
    public async Task The_networks_snapshot_holds_every_vpc_with_its_vswitches_hosts_groups_nat_gateways_and_havips_in_one_order()
    {
        var n = await NewNetworkAsync();
        var stranger = await NewNetworkAsync();
        var now = Clock.GetUtcNow();
        var instance = Instance(n, "i-a", now);
        var primary = Eni(n, instance.PrimaryNetworkInterfaceId, "10.0.0.4", now, "i-a", ["sg-b", "sg-a"]) with { Type = "Primary", PrivateTrafficDisabled = true };
        var later = Eni(n, "eni-later", "10.0.0.6", now.AddMinutes(-5), "i-a") with { AttachmentChanged = now.AddMinutes(2) };
        var earlier = Eni(n, "eni-earlier", "10.0.0.5", now, "i-a") with { AttachmentChanged = now.AddMinutes(1) };
        var detaching = Eni(n, "eni-detaching", "10.0.0.7", now, "i-a") with { Attached = false };
        var free = Eni(n, "eni-free", "10.0.0.8", now, "", ["sg-a"]);
        var gateway = NatGateway(n, "ngw-a", now);
        var snat = Snat(gateway, "snat-a", n.VSwitch.CidrBlock, ["203.0.113.2", "203.0.113.1"], now, n.VSwitchId);
        var forward = Forward(gateway, "fwd-a", "203.0.113.1", "80", "10.0.0.5", now);
        var rules = new[] { Rule("sg-a", "sgr-2", 2, now), Rule("sg-a", "sgr-1", 1, now) };
        await WriteAsync(async s =>
        {
            await s.Networks.InsertVSwitchAsync(VSwitch(n, "vsw-b", "10.0.1.0/24", now));
            await s.Compute.InsertSecurityGroupAsync(SecurityGroup(n, "sg-b", now));
            await s.Compute.InsertSecurityGroupAsync(SecurityGroup(n, "sg-a", now));
            foreach (var rule in rules)
                await s.Compute.InsertRuleAsync(rule);
            await s.Compute.InsertInstanceAsync(instance);
            await s.Compute.InsertInstanceAsync(Instance(n, "i-classic", now) with { NetworkType = "classic", VpcId = "", VSwitchId = "", PrimaryNetworkInterfaceId = "" });
            foreach (var eni in new[] { free, later, detaching, primary, earlier })
                await s.Compute.InsertNetworkInterfaceAsync(eni);
            await s.Compute.UpdateNetworkInterfaceAsync(primary);

            // The primary ENI's secondary private IPs, by number after its primary one.
            foreach (var (ip, owner) in new[] { ("10.0.0.40", primary.NetworkInterfaceId), ("10.0.0.4", primary.NetworkInterfaceId), ("10.0.0.9", primary.NetworkInterfaceId), ("10.0.0.5", earlier.NetworkInterfaceId) })
                await s.PrivateIps.ReserveAsync(new PrivateIpUse(n.VSwitchId, ip, "NetworkInterface", owner));
            await s.LoadBalancers.InsertClassicAsync(ClassicLoadBalancer(n, "lb-b", "intranet", "10.0.0.30", now));
            await s.LoadBalancers.InsertClassicAsync(ClassicLoadBalancer(n, "lb-a", "intranet", "10.0.0.31", now));
            await s.LoadBalancers.InsertClassicAsync(ClassicLoadBalancer(n, "lb-internet", "internet", "203.0.113.9", now));
            await s.NatGateways.InsertAsync(gateway);
            await s.NatGateways.InsertAsync(NatGateway(n, "ngw-intranet", now) with { NetworkType = "intranet" });
            await s.NatEntries.InsertSnatAsync(snat);
            await s.NatEntries.InsertForwardAsync(forward);
            await s.HaVips.InsertAsync(HaVip(n, "havip-a", "10.0.0.100", now, [new HaVipMember("eni-free", "NetworkInterface"), new HaVipMember("i-a", "EcsInstance")], "i-a"));
            await s.HaVips.InsertAsync(HaVip(n, "havip-eni", "10.0.0.101", now, [new HaVipMember("eni-free", "NetworkInterface")], "eni-free"));
        });

        var vpcs = await ReadAsync(s => s.DesiredState.ListVpcsAsync());

        Assert.Equal(new[] { n.VpcId, stranger.VpcId }.Order(StringComparer.Ordinal), vpcs.Select(v => v.VpcId));
        InterfaceDesired Interface(NetworkInterface eni, int index, params string[] ips) => new()
        {
            InterfaceId = eni.NetworkInterfaceId, VSwitchId = eni.VSwitchId, MacAddress = eni.MacAddress, PrivateIps = [eni.PrimaryIpAddress, .. ips],
            DeviceIndex = index, SecurityGroupIds = eni.SecurityGroupIds, PrivateTrafficDisabled = eni.PrivateTrafficDisabled,
        };
        var expected = new VpcDesired
        {
            VpcId = n.VpcId, AccountId = n.AccountId, RegionId = Region, CidrBlocks = ["10.0.0.0/16", "172.16.0.0/24", "192.168.0.0/24"],
            VSwitches = [new VSwitchDesired("vsw-b", "10.0.1.0/24", "10.0.1.253"), new VSwitchDesired(n.VSwitchId, "10.0.0.0/24", "10.0.0.253")],
            Hosts =
            [
                new HostDesired("i-a", HostKind.Instance, [Interface(primary, 0, "10.0.0.9", "10.0.0.40"), Interface(earlier, 1), Interface(later, 2)]),
                new HostDesired("eni-detaching", HostKind.NetworkInterface, [Interface(detaching, 0)]),
                new HostDesired("eni-free", HostKind.NetworkInterface, [Interface(free, 0)]),
                LoadBalancerHost("lb-a", n.VSwitchId, "10.0.0.31"),
                LoadBalancerHost("lb-b", n.VSwitchId, "10.0.0.30"),
            ],
            SecurityGroups = [new SecurityGroupDesired("sg-a", [rules[1], rules[0]]), new SecurityGroupDesired("sg-b", [])],
            NatGateways = [new NatGatewayDesired("ngw-a", n.VSwitchId, [snat], [forward])],
            HaVips =
            [
                new HaVipDesired("havip-a", n.VSwitchId, "10.0.0.100", ["eni-free", primary.NetworkInterfaceId], primary.NetworkInterfaceId),
                new HaVipDesired("havip-eni", n.VSwitchId, "10.0.0.101", ["eni-free"], "eni-free"),
            ],
        };
        Assert.Equal(Json(expected), Json(vpcs.Single(v => v.VpcId == n.VpcId)));
        Assert.Equal(
            Json(new VpcDesired
            {
                VpcId = stranger.VpcId, AccountId = stranger.AccountId, RegionId = Region, CidrBlocks = ["10.0.0.0/16", "172.16.0.0/24", "192.168.0.0/24"],
                VSwitches = [new VSwitchDesired(stranger.VSwitchId, "10.0.0.0/24", "10.0.0.253")],
            }),
            Json(vpcs.Single(v => v.VpcId == stranger.VpcId)));
    }

    [SkippableFact]
    public async Task The_eips_snapshot_resolves_each_binding_to_its_vpc_and_delivery_and_lists_the_bound_ones_by_id()
    {
        var n = await NewNetworkAsync();
        var second = await NewVpcAsync(n, "second");
        var now = Clock.GetUtcNow();
        var instance = Instance(n, "i-a", now);
        await WriteAsync(async s =>
        {
            await s.Compute.InsertInstanceAsync(instance);
            await s.Compute.InsertNetworkInterfaceAsync(Eni(n, instance.PrimaryNetworkInterfaceId, "10.0.0.4", now, "i-a") with { Type = "Primary" });
            await s.Compute.InsertNetworkInterfaceAsync(Eni(second, "eni-binded", "10.0.0.5", now));
            await s.HaVips.InsertAsync(HaVip(n, "havip-a", "10.0.0.100", now));
            await s.NatGateways.InsertAsync(NatGateway(second, "ngw-a", now));
            await s.LoadBalancers.InsertClassicAsync(ClassicLoadBalancer(n, "lb-a", "intranet", "10.0.0.31", now));
        });
        await BindAsync(n, "eip-ecs", "203.0.113.1", BindingTargetTypes.EcsInstance, "i-a", b => b with { PrivateIpAddress = "10.0.0.4", NetworkInterfaceId = instance.PrimaryNetworkInterfaceId });
        await BindAsync(n, "eip-binded", "203.0.113.2", BindingTargetTypes.NetworkInterface, "eni-binded", b => b with { Mode = BindingModes.Binded, PrivateIpAddress = "10.0.0.5", NetworkInterfaceId = "eni-binded" });
        await BindAsync(n, "eip-multi", "203.0.113.3", BindingTargetTypes.NetworkInterface, "eni-binded", b => b with { Mode = BindingModes.MultiBinded, NetworkInterfaceId = "eni-binded", ExclusiveTarget = null });
        await BindAsync(n, "eip-havip", "203.0.113.4", BindingTargetTypes.HaVip, "havip-a", b => b with { PrivateIpAddress = "10.0.0.100" });
        await BindAsync(n, "eip-nat", "203.0.113.5", BindingTargetTypes.Nat, "ngw-a", b => b with { Mode = BindingModes.MultiBinded, ExclusiveTarget = null });
        await BindAsync(n, "eip-slb", "203.0.113.6", BindingTargetTypes.SlbInstance, "lb-a", b => b with { PrivateIpAddress = "10.0.0.31" });
        await BindAsync(n, "eip-address", "203.0.113.7", BindingTargetTypes.IpAddress, "10.0.0.77", b => b with { PrivateIpAddress = "10.0.0.77", VpcId = second.VpcId });
        await BindAsync(n, "eip-Unbinding", "203.0.113.8", BindingTargetTypes.EcsInstance, "i-gone", b => b, unbind: true);
        await InsertEipAsync(n, "eip-free", "203.0.113.9");

        var bound = await ReadAsync(s => s.DesiredState.ListEipsAsync(null));

        EipDesired Desired(string id, string ip, string type, string target, EipDelivery delivery, string vpc, string privateIp = "", string eni = "", long generation = 1, bool unbinding = false) => new()
        {
            AllocationId = id, IpAddress = ip, RegionId = Region, Generation = generation, ObservedGeneration = 0, Unbinding = unbinding, Delivery = delivery,
            VpcId = vpc, PrivateIp = privateIp, NetworkInterfaceId = eni, TargetType = type, TargetId = target,
        };
        Assert.Equal(
            [
                Desired("eip-Unbinding", "203.0.113.8", BindingTargetTypes.EcsInstance, "i-gone", EipDelivery.Nat, "", generation: 2, unbinding: true),
                Desired("eip-address", "203.0.113.7", BindingTargetTypes.IpAddress, "10.0.0.77", EipDelivery.Nat, second.VpcId, "10.0.0.77"),
                Desired("eip-binded", "203.0.113.2", BindingTargetTypes.NetworkInterface, "eni-binded", EipDelivery.Binded, second.VpcId, "10.0.0.5", "eni-binded"),
                Desired("eip-ecs", "203.0.113.1", BindingTargetTypes.EcsInstance, "i-a", EipDelivery.Nat, n.VpcId, "10.0.0.4", instance.PrimaryNetworkInterfaceId),
                Desired("eip-havip", "203.0.113.4", BindingTargetTypes.HaVip, "havip-a", EipDelivery.Nat, n.VpcId, "10.0.0.100"),
                Desired("eip-multi", "203.0.113.3", BindingTargetTypes.NetworkInterface, "eni-binded", EipDelivery.MultiBinded, second.VpcId, "", "eni-binded"),
                Desired("eip-nat", "203.0.113.5", BindingTargetTypes.Nat, "ngw-a", EipDelivery.NatGateway, second.VpcId),
                Desired("eip-slb", "203.0.113.6", BindingTargetTypes.SlbInstance, "lb-a", EipDelivery.Nat, n.VpcId, "10.0.0.31"),
            ],
            bound);

        // Asked for by id (the EIPs whose spec changed): one without a binding comes back as being undone, for removal.
        var asked = await ReadAsync(s => s.DesiredState.ListEipsAsync(["eip-free", "eip-ecs", "eip-unknown"]));
        Assert.Equal(
            [bound.Single(e => e.AllocationId == "eip-ecs"), Desired("eip-free", "203.0.113.9", "", "", EipDelivery.Nat, "", generation: 0, unbinding: true)],
            asked.OrderBy(e => e.AllocationId, StringComparer.Ordinal));
        Assert.Empty(await ReadAsync(s => s.DesiredState.ListEipsAsync([])));
    }

    [SkippableFact]
    public async Task The_pending_eips_are_those_the_data_plane_has_not_applied_oldest_change_first_within_the_regions_asked()
    {
        var n = await NewNetworkAsync();
        var start = Clock.GetUtcNow();
        await BindAsync(n, "eip-second", "203.0.113.2", BindingTargetTypes.EcsInstance, "i-b", b => b);
        Clock.Advance(TimeSpan.FromSeconds(1));
        await BindAsync(n, "eip-shanghai", "203.0.113.3", BindingTargetTypes.EcsInstance, "i-c", b => b with { RegionId = OtherRegion }, region: OtherRegion);
        Clock.Advance(TimeSpan.FromSeconds(1));
        await BindAsync(n, "eip-applied", "203.0.113.4", BindingTargetTypes.EcsInstance, "i-d", b => b);
        Clock.Advance(TimeSpan.FromSeconds(1));
        await BindAsync(n, "eip-unbinding", "203.0.113.5", BindingTargetTypes.EcsInstance, "i-e", b => b, unbind: true);
        await InsertEipAsync(n, "eip-free", "203.0.113.6");
        await WriteAsync(async s =>
        {
            var applied = (await s.Eips.FindAnyAsync("eip-applied"))!;
            Assert.True(await s.Eips.ConfirmAsync(applied.AllocationId, applied.Generation));
        });

        // Changed again since: an older binding, its newest change counts.
        Clock.Advance(TimeSpan.FromSeconds(1));
        await BindAsync(n, "eip-first", "203.0.113.1", BindingTargetTypes.EcsInstance, "i-a", b => b);
        await WriteAsync(async s =>
        {
            var first = (await s.Eips.FindAnyAsync("eip-first"))!;
            await s.Eips.SaveBindingAsync(first, first with { SpecChangedAt = start.AddSeconds(-1) });
        });

        var pending = await ReadAsync(s => s.Eips.ListPendingAsync(10));

        Assert.Equal(
            [
                new PendingEip("eip-first", 1, start.AddSeconds(-1)), new PendingEip("eip-second", 1, start), new PendingEip("eip-shanghai", 1, start.AddSeconds(1)),
                new PendingEip("eip-unbinding", 2, start.AddSeconds(3)),
            ],
            pending);
        Assert.Equal(["eip-first", "eip-second"], (await ReadAsync(s => s.Eips.ListPendingAsync(2))).Select(p => p.AllocationId));
        Assert.Equal(["eip-shanghai"], (await ReadAsync(s => s.Eips.ListPendingAsync(10, new HashSet<string> { OtherRegion }))).Select(p => p.AllocationId));
        Assert.Equal(
            ["eip-first", "eip-second", "eip-shanghai", "eip-unbinding"],
            (await ReadAsync(s => s.Eips.ListPendingAsync(10, new HashSet<string> { Region, OtherRegion, "cn-beijing" }))).Select(p => p.AllocationId));
    }

    [SkippableFact]
    public async Task Pending_eips_changed_in_one_millisecond_come_by_id_whatever_was_written_to_them_since()
    {
        var n = await NewNetworkAsync();
        foreach (var id in new[] { "eip-c", "eip-b", "eip-a" })
            await BindAsync(n, id, $"203.0.113.{id[^1] - 'a' + 1}", BindingTargetTypes.EcsInstance, $"i-{id}", b => b);

        // Locked while its binding waits for the data plane (R-LIFE-5): on PostgreSQL the row moves within the table.
        await WriteAsync(async s =>
        {
            var c = (await s.Eips.FindAnyAsync("eip-c"))!;
            await s.Eips.UpdateAsync(c.Lock("financial", Clock.GetUtcNow()));
        });

        Assert.Equal(["eip-a", "eip-b", "eip-c"], (await ReadAsync(s => s.Eips.ListPendingAsync(10))).Select(p => p.AllocationId));
        Assert.Equal(["eip-a", "eip-b"], (await ReadAsync(s => s.Eips.ListPendingAsync(2))).Select(p => p.AllocationId));
    }

    private Task InsertEipAsync(ContractNetwork n, string id, string address, string region = Region) =>
        WriteAsync(s => s.Eips.InsertAsync(BindingTestData.Eip(id, address) with
        {
            AccountId = n.AccountId, RegionId = region, ResourceGroupId = n.GroupId, AllocationTime = Clock.GetUtcNow(), IdleSince = Clock.GetUtcNow(),
        }));

    /// <summary>An EIP bound (Associating) as the planner would bind it: by default NAT mode with an exclusive target.</summary>
    private async Task BindAsync(ContractNetwork n, string id, string address, string type, string target, Func<EipBinding, EipBinding> shape, bool unbind = false, string region = Region)
    {
        await InsertEipAsync(n, id, address, region);
        var binding = shape(new EipBinding
        {
            AllocationId = id, AccountId = n.AccountId, RegionId = region, InstanceType = type, InstanceId = target, Mode = BindingModes.Nat,
            ExclusiveTarget = $"{type}:{target}", BoundAt = Clock.GetUtcNow(),
        });
        await WriteAsync(async s =>
        {
            var before = (await s.Eips.FindAnyAsync(id))!;
            var bound = before.Associate(binding, Clock.GetUtcNow()).Value;
            await s.Eips.SaveBindingAsync(before, unbind ? bound.StartUnbind(Clock.GetUtcNow()).Value : bound);
        });
    }

    private static HostDesired LoadBalancerHost(string id, string vSwitchId, string address)
    {
        // The stores give a CLB's interface a locally administered MAC derived from its id (the API gives none).
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(id));
        return new HostDesired(id, HostKind.LoadBalancer,
        [
            new InterfaceDesired
            {
                InterfaceId = id, VSwitchId = vSwitchId, MacAddress = $"02:{hash[0]:x2}:{hash[1]:x2}:{hash[2]:x2}:{hash[3]:x2}:{hash[4]:x2}",
                PrivateIps = [address], DeviceIndex = 0,
            },
        ]);
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, new JsonSerializerOptions { WriteIndented = true });
}
