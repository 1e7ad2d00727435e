using OpenEip.Core.DataPlane;
using OpenEip.Core.DataPlane.Desired;
using OpenEip.DataPlane.Actions;
using OpenEip.DataPlane.Model;
using OpenEip.DataPlane.Naming;
using OpenEip.DataPlane.Planning;
using static OpenEip.Tests.DataPlane.Nftables.Scenarios;

namespace OpenEip.Tests.DataPlane.Nftables;

/// <summary>The driver's memory: what it applied, what it does not know, and what it reports.</summary>
public sealed class NftablesDriverTests : IDisposable
{
    private const string Orphan = "i-orphanorphanorphanor";
    private readonly DriverBed _bed = new();

    public void Dispose() => _bed.Dispose();

    [Fact]
    public void Identity_IsTheNftablesDriver_ThatBuildsNetworks_AndConfirmsAtOnce()
    {
        Assert.Equal("nftables", _bed.Driver.Name);
        Assert.True(_bed.Driver.BuildsNetworks);
        Assert.Equal(TimeSpan.Zero, _bed.Driver.ConfirmDelay);
    }

    [Fact]
    public async Task AFullPass_ReportsEveryEipItCarries_AndTheUnbindingOnes()
    {
        var snapshot = Rich();
        snapshot.Eips.Add(snapshot.Eips[0] with { AllocationId = "eip-gone", IpAddress = "203.0.113.99", Unbinding = true, Generation = 3 });
        snapshot.Ecs("eip-waiting", "203.0.113.98", snapshot.Vpcs[0], "i-notyetnotyetnotyetno", "eni-notyet", "10.0.1.99");

        var applied = await _bed.FullAsync(snapshot);

        Assert.Equal(11, applied.Count);
        Assert.Contains(new AppliedEip("eip-gone", 3), applied);
        Assert.DoesNotContain(applied, a => a.AllocationId == "eip-waiting");
    }

    [Fact]
    public async Task AfterARestart_AFullPassConverges_RefillingSets_AndDeletingOrphans_ThenNothingMoreIsDone()
    {
        await _bed.FullAsync(Rich());
        _bed.Executor.Namespaces.Add(Orphan);
        _bed.Executor.Namespaces.Add("someone-elses");
        using var restarted = new DriverBed(_bed.Executor);

        var applied = await restarted.FullAsync(Rich());

        var actions = _bed.Executor.Last;
        Assert.Equal(10, applied.Count);
        Assert.Equal([new DeleteNamespace(Orphan)], actions.OfType<DeleteNamespace>());
        Assert.Contains("flush map ip openeip eip2priv", actions.Script(Vpc), StringComparison.Ordinal);
        Assert.Contains("add element ip openeip eip2priv { 203.0.113.40 : 10.0.1.60", actions.Script(Vpc), StringComparison.Ordinal);
        Assert.Contains(actions.IpLines(Vpc), l => l.StartsWith("link add ", StringComparison.Ordinal));
        Assert.Contains("someone-elses", _bed.Executor.Namespaces);
        await AssertOnlyANewVSwitchIsBuiltAsync(restarted, Rich());
    }

    [Fact]
    public async Task AfterARestart_LinksAndChainsOfAnEarlierRun_ThatNobodyWants_AreDeleted_AndNothingElse()
    {
        await _bed.FullAsync(Rich());
        var wanted = Plans.Render(Rich()).Model;
        var port = wanted.Find(Vpc)!.Links.First(l => l.Kind == LinkKind.Veth).Name;
        var hostPeer = wanted.Find(Vpc)!.Links.First(l => l.Kind == LinkKind.Veth).PeerName!;
        _bed.Executor.Found[Vpc] = new NamespaceInventory(
            ["lo", "up0", port, "h0123456789ab", "b0123456789ab", "hnotourname", "eth9"],
            [new NftChainRef("ip", "openeip", "prerouting"), new NftChainRef("ip", "openeip", "sgc_leftover"),
             new NftChainRef("bridge", "openeip", "ports_forward"), new NftChainRef("ip", "someone_else", "sgc_leftover")]);
        _bed.Executor.Found[Web] = new NamespaceInventory([hostPeer, "h0123456789ac"], []);
        using var restarted = new DriverBed(_bed.Executor);

        await restarted.FullAsync(Rich());

        var actions = _bed.Executor.Last;
        Assert.Equal(["link del b0123456789ab", "link del h0123456789ab"], actions.IpLines(Vpc).Where(l => l.StartsWith("link del", StringComparison.Ordinal)));
        Assert.DoesNotContain(actions.IpLines(Web), l => l.StartsWith("link del", StringComparison.Ordinal));
        var script = actions.Script(Vpc).Split('\n');
        Assert.Contains("delete chain ip openeip sgc_leftover", script);
        Assert.Single(script, l => l.StartsWith("delete chain", StringComparison.Ordinal));
        Assert.DoesNotContain(Web, _bed.Executor.Inspected);
        Assert.Contains(actions.IpLines(Vpc), l => l.StartsWith($"link add {port} ", StringComparison.Ordinal));

        _bed.Executor.Inspected.Clear();
        await restarted.FullAsync(Rich());
        Assert.Empty(_bed.Executor.Inspected);
    }

    [Fact]
    public async Task AfterARestart_AnEipUnboundMeanwhile_LosesItsHostAddressAndRoute_AndItsConnections()
    {
        var snapshot = Rich();
        await _bed.FullAsync(snapshot);
        using var restarted = new DriverBed(_bed.Executor);
        var unbound = snapshot.Eips.Single(e => e.AllocationId == "eip-multi-b");
        snapshot.Eips.Remove(unbound);
        snapshot.Eips.Add(unbound with { Unbinding = true, Generation = 2 });

        await restarted.FullAsync(snapshot);

        var actions = _bed.Executor.Last;
        Assert.Contains("addr del 203.0.113.22/32 dev eth0", actions.IpLines(Multi));
        Assert.Contains("route del 203.0.113.22/32", actions.IpLines(Vpc));
        Assert.Contains($"{Vpc}: --orig-dst 203.0.113.22", actions.Conntrack());
    }

    [Fact]
    public async Task AFailedPass_LeavesTheDriverNotKnowing_SoTheNextPassReappliesEverything()
    {
        var snapshot = Rich();
        var eip = snapshot.Eips.Single(e => e.AllocationId == "eip-web");
        snapshot.Eips.Remove(eip);
        await _bed.FullAsync(snapshot);
        _bed.Executor.FailAt = _bed.Executor.Executed;

        await Assert.ThrowsAsync<DataPlaneActionException>(() => _bed.EipsAsync(eip));

        var applied = await _bed.EipsAsync(eip);
        var actions = _bed.Executor.Last;
        Assert.Equal([new AppliedEip("eip-web", 1)], applied);
        Assert.Contains("flush map ip openeip eip2priv", actions.Script(Vpc), StringComparison.Ordinal);
        Assert.Contains("203.0.113.5 : 10.0.1.10", actions.Script(Vpc), StringComparison.Ordinal);
        Assert.Contains(actions.IpLines(Web), l => l.StartsWith("addr replace", StringComparison.Ordinal));

        await AssertOnlyANewVSwitchIsBuiltAsync(_bed, snapshot);
    }

    [Fact]
    public async Task ANetworkPassThatFailed_BeforeDeletingAHost_DeletesItOnTheNextPass()
    {
        await _bed.FullAsync(Rich());
        var smaller = Rich();
        smaller.Vpcs.Clear();
        smaller.Eips.Clear();
        smaller.Vpc(Vpc).VSwitch(VSwitch, "10.0.1.0/24").Instance(Web, VpcBuilder.Eni(WebEni, VSwitch, 0, "10.0.1.10"));
        _bed.Executor.FailAt = _bed.Executor.Executed;

        await Assert.ThrowsAsync<DataPlaneActionException>(() => _bed.NetworksAsync(smaller));
        Assert.Contains(Db, _bed.Executor.Namespaces);

        await _bed.NetworksAsync(smaller);
        Assert.DoesNotContain(Db, _bed.Executor.Namespaces);
        Assert.Contains(new DeleteNamespace(Db), _bed.Executor.Last);
    }

    [Fact]
    public async Task AnEipWhoseHostIsNotBuilt_IsNotReported_UntilANetworkPassBuildsIt()
    {
        var snapshot = new Snapshot();
        var vpc = snapshot.Vpc("vpc-l").VSwitch("vsw-l", "10.2.0.0/24");
        await _bed.FullAsync(snapshot);
        var eip = snapshot.Ecs("eip-l", "203.0.113.60", vpc, "i-l", "eni-l", "10.2.0.5");

        Assert.Empty(await _bed.EipsAsync(eip));

        vpc.Instance("i-l", VpcBuilder.Eni("eni-l", "vsw-l", 0, "10.2.0.5"));
        await _bed.NetworksAsync(snapshot);
        Assert.Contains("add element ip openeip eip2priv { 203.0.113.60 : 10.2.0.5 }", _bed.Executor.Last.Script("vpc-l"), StringComparison.Ordinal);
        var calls = _bed.Executor.Calls.Count;
        Assert.Equal([new AppliedEip("eip-l", 1)], await _bed.EipsAsync(eip));
        Assert.Equal(calls, _bed.Executor.Calls.Count);
    }

    [Fact]
    public async Task BeforeAnyNetworkIsBuilt_EipsWait_AndNothingIsExecuted()
    {
        var eip = Rich().Eips[0];

        Assert.Empty(await _bed.EipsAsync(eip));
        Assert.Empty(_bed.Executor.Calls);
    }

    [Fact]
    public async Task EipPasses_LeaveTheSameHostAsAFullRenderWould()
    {
        var snapshot = Rich();
        var eips = snapshot.Eips.ToList();
        snapshot.Eips.Clear();
        await _bed.FullAsync(snapshot);

        var applied = await _bed.EipsAsync([.. eips]);
        await _bed.EipsAsync(eips[0] with { Generation = 2, Unbinding = true });
        await _bed.EipsAsync(eips[0] with { Generation = 3 });

        Assert.Equal(10, applied.Count);
        await AssertOnlyANewVSwitchIsBuiltAsync(_bed, snapshot);
    }

    [Fact]
    public async Task ANetworkPass_WhoseNetworksDidNotChange_DoesNothing()
    {
        await _bed.FullAsync(Rich());
        var calls = _bed.Executor.Calls.Count;

        await _bed.NetworksAsync(Rich());

        Assert.Equal(calls, _bed.Executor.Calls.Count);
    }

    [Fact]
    public async Task AHaVipsAddress_IsPutOnTheMasterOnce_AndMovesOnlyWhenTheMasterChanges()
    {
        await _bed.FullAsync(Rich());
        Assert.Contains("addr replace 10.0.1.100/32 dev eth0", _bed.Executor.Last.IpLines(Web));
        Assert.Contains(new AnnounceAddress(Web, "eth0", "10.0.1.100"), _bed.Executor.Last);

        var calls = _bed.Executor.Calls.Count;
        await _bed.NetworksAsync(Rich());
        Assert.Equal(calls, _bed.Executor.Calls.Count);

        var moved = Rich();
        var vpc = new DiffTestsAccess(moved);
        vpc.SetHaVipMaster(DbEni);
        await _bed.NetworksAsync(moved);
        var actions = _bed.Executor.Last;
        Assert.Contains("addr del 10.0.1.100/32 dev eth0", actions.IpLines(Web));
        Assert.Contains("addr replace 10.0.1.100/32 dev eth0", actions.IpLines(Db));
        Assert.Contains(new AnnounceAddress(Db, "eth0", "10.0.1.100"), actions);
        Assert.Contains(actions.Script(Vpc).Split('\n'), l => l.StartsWith("add element ip openeip sg_in { 10.0.1.100 : jump sgc_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFullPass_AfterOthers_RefillsTheGatewaysMap_AndTheRoutersSets()
    {
        await _bed.FullAsync(Rich());

        await _bed.FullAsync(Rich());

        var actions = _bed.Executor.Last;
        Assert.Contains("flush map ip openeip eip_vpc", actions.Script(NamespaceNames.Gateway(Snapshot.Region)), StringComparison.Ordinal);
        Assert.Contains("flush set bridge openeip priv_disabled", actions.Script(Vpc), StringComparison.Ordinal);
        Assert.DoesNotContain(actions, a => a is CreateNamespace or IpCommands);
    }

    [Fact]
    public async Task APeriodicFullPass_AfterEipPasses_RefillsExactlyWhatAFreshRenderGives()
    {
        var snapshot = Rich();
        var eips = snapshot.Eips.ToList();
        snapshot.Eips.Clear();
        await _bed.FullAsync(snapshot);
        await _bed.EipsAsync([.. eips]);
        await _bed.EipsAsync(eips[0] with { Generation = 2, Unbinding = true });
        await _bed.EipsAsync(eips[1] with { Generation = 2, Unbinding = true });
        await _bed.EipsAsync(eips[0] with { Generation = 3 });
        snapshot.Eips.AddRange([eips[0] with { Generation = 3, ObservedGeneration = 3 }, .. eips.Skip(2)]);

        var applied = await _bed.FullAsync(snapshot);

        var fresh = Plans.Render(snapshot);
        var expected = ActionPlanner.Plan(ModelDiff.Compute(fresh.Model, fresh.Model,
            new DiffOptions { ReassertNft = true, Present = _bed.Executor.Namespaces.ToHashSet(StringComparer.Ordinal) }));
        Assert.Equal(expected.OfType<NftScript>(), _bed.Executor.Last.OfType<NftScript>());
        Assert.DoesNotContain(_bed.Executor.Last, a => a is CreateNamespace or DeleteNamespace or IpCommands);
        Assert.Equal(9, applied.Count);
        Assert.DoesNotContain("203.0.113.6 :", _bed.Executor.Last.Script(Vpc), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFullPass_CarriesWhatTheEipPassesMissed_ABindingChangedAndOneUndone()
    {
        await _bed.FullAsync(Rich());
        var changed = Rich();
        var web = changed.Eips.Single(e => e.AllocationId == "eip-web");
        changed.Eips[changed.Eips.IndexOf(web)] = web with { TargetId = Db, NetworkInterfaceId = DbEni, PrivateIp = "10.0.1.20", Generation = 2 };
        changed.Eips.RemoveAll(e => e.AllocationId == "eip-two-b");

        var applied = await _bed.FullAsync(changed);

        var script = _bed.Executor.Last.Script(Vpc);
        Assert.Contains("203.0.113.5 : 10.0.1.20", script, StringComparison.Ordinal);
        Assert.DoesNotContain("203.0.113.5 : 10.0.1.10", script, StringComparison.Ordinal);
        Assert.DoesNotContain("203.0.113.7 :", script, StringComparison.Ordinal);
        Assert.Contains(new AppliedEip("eip-web", 2), applied);
    }

    [Fact]
    public async Task AFullPass_RebuildsANamespaceSomeoneDeleted_EvenWhenNothingElseChanged()
    {
        await _bed.FullAsync(Rich());
        _bed.Executor.Namespaces.Remove(Web);

        await _bed.FullAsync(Rich());

        var actions = _bed.Executor.Last;
        Assert.Contains(new CreateNamespace(Web), actions);
        Assert.Contains(actions.IpLines(Web), l => l.StartsWith("addr replace 10.0.1.10/24", StringComparison.Ordinal));
        Assert.Contains(new AnnounceAddress(Web, "eth0", "10.0.1.100"), actions);
    }

    /// <summary>
    /// A network pass that adds one vSwitch does exactly that: proof that what the driver holds is what a
    /// full render of the same state gives (any difference would show up as more actions).
    /// </summary>
    private static async Task AssertOnlyANewVSwitchIsBuiltAsync(DriverBed bed, Snapshot snapshot)
    {
        snapshot.Vpcs[0].VSwitch("vsw-extra", "10.0.9.0/24");
        await bed.NetworksAsync(snapshot);
        var bridge = LinkNames.Bridge("vsw-extra");
        Assert.Equal([$"link add {bridge} address {LinkNames.BridgeMac("vsw-extra")} type bridge", $"link set dev {bridge} up", $"addr replace 10.0.9.253/24 dev {bridge}"],
            bed.Executor.Last.SelectMany(a => a is IpCommands c ? c.Lines : [a.ToString()!]));
    }

    /// <summary>Rewrites the rich scenario's HaVip with another master.</summary>
    private sealed class DiffTestsAccess(Snapshot snapshot)
    {
        public void SetHaVipMaster(string master)
        {
            var vpc = snapshot.Vpcs[0].Build();
            var builder = new VpcBuilder(vpc.VpcId, vpc.RegionId, vpc.CidrBlocks[0]);
            foreach (var v in vpc.VSwitches)
                builder.VSwitch(v.VSwitchId, v.CidrBlock);
            foreach (var host in vpc.Hosts)
                builder.Host(host.Namespace, host.Kind, [.. host.Interfaces]);
            foreach (var group in vpc.SecurityGroups)
                builder.Group(group.SecurityGroupId, [.. group.Rules]);
            foreach (var gateway in vpc.NatGateways)
                builder.NatGateway(gateway.NatGatewayId, gateway.VSwitchId, gateway.SnatEntries, gateway.ForwardEntries);
            foreach (var haVip in vpc.HaVips)
                builder.HaVip(haVip.HaVipId, haVip.VSwitchId, haVip.IpAddress, master, [.. haVip.MemberInterfaceIds]);
            snapshot.Vpcs[0] = builder;
        }
    }
}
