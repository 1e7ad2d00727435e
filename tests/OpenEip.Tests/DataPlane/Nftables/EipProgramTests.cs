using OpenEip.Core.DataPlane;
using OpenEip.Core.DataPlane.Desired;
using OpenEip.DataPlane.Actions;
using OpenEip.DataPlane.Naming;
using static OpenEip.Tests.DataPlane.Nftables.Scenarios;

namespace OpenEip.Tests.DataPlane.Nftables;

/// <summary>
/// EIP passes on a built network: only the EIP's own elements, routes and host change; on bind the
/// gateway admits it last, on unbind it withdraws it first, then the router's elements go, then the
/// mapping's connections are cut (recipe §2), then addresses and routes.
/// </summary>
public sealed class EipProgramTests : IDisposable
{
    private static readonly string Gw = NamespaceNames.Gateway(Snapshot.Region);
    private readonly DriverBed _bed = new();

    public void Dispose() => _bed.Dispose();

    [Fact]
    public async Task Bind_AddsTheRoutersElements_ThenTheGatewaysMarkLast()
    {
        var snapshot = Rich();
        var eip = snapshot.Eips.Single(e => e.AllocationId == "eip-web");
        snapshot.Eips.Remove(eip);
        await _bed.FullAsync(snapshot);

        var applied = await _bed.EipsAsync(eip);

        Assert.Equal([new AppliedEip("eip-web", 1)], applied);
        var actions = _bed.Executor.Last;
        Assert.Equal([Vpc, Gw], actions.OfType<NftScript>().Select(s => s.Namespace));
        Assert.Equal(
            "add element ip openeip eip2priv { 203.0.113.5 : 10.0.1.10 }\nadd element ip openeip eips { 203.0.113.5 }\nadd element ip openeip priv2eip { 10.0.1.10 : 203.0.113.5 }\n",
            actions.Script(Vpc));
        Assert.StartsWith("add element ip openeip eip_vpc { 203.0.113.5 : ", actions.Script(Gw), StringComparison.Ordinal);
        Assert.IsType<NftScript>(actions[^1]);
        Assert.Empty(actions.Conntrack());
    }

    [Fact]
    public async Task Rebind_ToAnotherInstance_ReplacesTheElements_AndCutsTheOldMappingsConnections()
    {
        var snapshot = Rich();
        await _bed.FullAsync(snapshot);
        var eip = snapshot.Eips.Single(e => e.AllocationId == "eip-web");

        var applied = await _bed.EipsAsync(eip with { Generation = 2, TargetId = Db, NetworkInterfaceId = DbEni, PrivateIp = "10.0.1.20" });

        Assert.Equal([new AppliedEip("eip-web", 2)], applied);
        var actions = _bed.Executor.Last;
        Assert.Equal(
            "delete element ip openeip eip2priv { 203.0.113.5 }\ndelete element ip openeip priv2eip { 10.0.1.10 }\n"
            + "add element ip openeip eip2priv { 203.0.113.5 : 10.0.1.20 }\nadd element ip openeip priv2eip { 10.0.1.20 : 203.0.113.5 }\n",
            actions.Script(Vpc));
        Assert.Equal([$"{Vpc}: --orig-dst 203.0.113.5 --reply-src 10.0.1.10", $"{Vpc}: --orig-src 10.0.1.10 --reply-dst 203.0.113.5"], actions.Conntrack());
        Assert.True(Position(actions, a => a is NftScript) < Position(actions, a => a is DeleteConntrack));
        Assert.Empty(actions.Script(Gw));
    }

    [Fact]
    public async Task Unbind_WithdrawsTheGatewaysMarkFirst_ThenTheRoutersElements_ThenCutsConnections()
    {
        var snapshot = Rich();
        await _bed.FullAsync(snapshot);
        var eip = snapshot.Eips.Single(e => e.AllocationId == "eip-clb");

        var applied = await _bed.EipsAsync(eip with { Generation = 2, Unbinding = true });

        Assert.Equal([new AppliedEip("eip-clb", 2)], applied);
        var actions = _bed.Executor.Last;
        Assert.Equal([Gw, Vpc], actions.OfType<NftScript>().Select(s => s.Namespace));
        Assert.Equal("delete element ip openeip eip_vpc { 203.0.113.40 }\n", actions.Script(Gw));
        Assert.Contains("delete element ip openeip eip2priv { 203.0.113.40 }", actions.Script(Vpc), StringComparison.Ordinal);
        Assert.IsType<DeleteConntrack>(actions[^1]);
        Assert.Equal(2, actions.Conntrack().Count);
    }

    [Fact]
    public async Task BindedBind_PutsTheEipOnTheHost_TakesThePrivateAddressAway_RoutesIt_AndAnnouncesIt()
    {
        var snapshot = new Snapshot();
        var vpc = snapshot.Vpc("vpc-b").VSwitch("vsw-b", "10.1.0.0/24")
            .Host("eni-b", HostKind.NetworkInterface, VpcBuilder.Eni("eni-b", "vsw-b", 0, "10.1.0.5"));
        await _bed.FullAsync(snapshot);
        var eip = snapshot.Eni("eip-b", "203.0.113.50", vpc, "eni-b", "10.1.0.5", EipDelivery.Binded);

        Assert.Single(await _bed.EipsAsync(eip));

        var actions = _bed.Executor.Last;
        Assert.Equal(["addr del 10.1.0.5/24 dev eth0", "route del 10.1.0.0/24 table 100", "rule del pref 1000 from 10.1.0.5 lookup 100"],
            actions.OfType<IpCommands>().Where(c => c.Namespace == "eni-b" && c.IgnoreErrors).SelectMany(c => c.Lines).Where(l => l.Contains("del", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Contains("addr replace 203.0.113.50/32 dev eth0", actions.IpLines("eni-b"));
        Assert.Contains("route replace default via 10.1.0.253 dev eth0 onlink src 203.0.113.50", actions.IpLines("eni-b"));
        Assert.Contains($"route replace 203.0.113.50/32 dev {LinkNames.Bridge("vsw-b")}", actions.IpLines("vpc-b"));
        Assert.Contains("add element bridge openeip priv_disabled { 10.1.0.5 }", actions.Script("vpc-b"), StringComparison.Ordinal);
        Assert.Contains("add element ip openeip routed { 203.0.113.50 }", actions.Script("vpc-b"), StringComparison.Ordinal);
        Assert.Equal(new AnnounceAddress("eni-b", "eth0", "203.0.113.50"), actions[^1]);
        Assert.True(Position(actions, a => a is IpCommands { Namespace: "eni-b", IgnoreErrors: false }) < Position(actions, a => a is NftScript s && s.Namespace == Gw));
    }

    [Fact]
    public async Task BindedUnbind_CutsConnectionsAfterTheElements_ThenRemovesTheAddressAndRoute_AndGivesThePrivateAddressBack()
    {
        var snapshot = new Snapshot();
        var vpc = snapshot.Vpc("vpc-b").VSwitch("vsw-b", "10.1.0.0/24")
            .Host("eni-b", HostKind.NetworkInterface, VpcBuilder.Eni("eni-b", "vsw-b", 0, "10.1.0.5"));
        var eip = snapshot.Eni("eip-b", "203.0.113.50", vpc, "eni-b", "10.1.0.5", EipDelivery.Binded);
        await _bed.FullAsync(snapshot);

        await _bed.EipsAsync(eip with { Generation = 2, Unbinding = true });

        var actions = _bed.Executor.Last;
        var gateway = Position(actions, a => a is NftScript s && s.Namespace == Gw);
        var router = Position(actions, a => a is NftScript s && s.Namespace == "vpc-b");
        var conntrack = Position(actions, a => a is DeleteConntrack);
        var removal = Position(actions, a => a is IpCommands c && c.Lines.Contains("addr del 203.0.113.50/32 dev eth0"));
        Assert.True(gateway < router && router < conntrack && conntrack < removal, actions.Describe());
        Assert.Equal(["vpc-b: --orig-dst 203.0.113.50", "vpc-b: --orig-src 203.0.113.50"], actions.Conntrack());
        Assert.Contains("route del 203.0.113.50/32", actions.IpLines("vpc-b"));
        Assert.Contains("addr replace 10.1.0.5/24 dev eth0", actions.IpLines("eni-b"));
        Assert.Contains("delete element bridge openeip priv_disabled { 10.1.0.5 }", actions.Script("vpc-b"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BindedUnbind_WhileTheStoreKeepsPrivateTrafficOff_LeavesThePrivateAddressOff()
    {
        var snapshot = new Snapshot();
        var vpc = snapshot.Vpc("vpc-b").VSwitch("vsw-b", "10.1.0.0/24")
            .Host("eni-b", HostKind.NetworkInterface, VpcBuilder.Eni("eni-b", "vsw-b", 0, "10.1.0.5") with { PrivateTrafficDisabled = true });
        var eip = snapshot.Eni("eip-b", "203.0.113.50", vpc, "eni-b", "10.1.0.5", EipDelivery.Binded);
        await _bed.FullAsync(snapshot);

        await _bed.EipsAsync(eip with { Generation = 2, Unbinding = true });

        var actions = _bed.Executor.Last;
        Assert.DoesNotContain("addr replace 10.1.0.5/24 dev eth0", actions.IpLines("eni-b"));
        Assert.DoesNotContain("priv_disabled", actions.Script("vpc-b"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASecondMultiBindedEip_OnlyAddsItsOwnAddress()
    {
        var snapshot = Rich();
        var second = snapshot.Eips.Single(e => e.AllocationId == "eip-multi-b");
        snapshot.Eips.Remove(second);
        await _bed.FullAsync(snapshot);

        await _bed.EipsAsync(second);

        var host = _bed.Executor.Last.IpLines(Multi);
        Assert.Equal(["rule add pref 1000 from 203.0.113.22 lookup 100", "addr replace 203.0.113.22/32 dev eth0"], host);
    }

    [Fact]
    public async Task OnePass_WhereOneEipLeavesAnAddressAndAnotherTakesIt_CarriesBoth()
    {
        var snapshot = Rich();
        await _bed.FullAsync(snapshot);
        var leaving = snapshot.Eips.Single(e => e.AllocationId == "eip-web");
        var taking = leaving with { AllocationId = "eip-aaa-new", IpAddress = "203.0.113.88" };

        var applied = await _bed.EipsAsync(taking, leaving with { Generation = 2, Unbinding = true });

        Assert.Equal(2, applied.Count);
        Assert.Contains("add element ip openeip priv2eip { 10.0.1.10 : 203.0.113.88 }", _bed.Executor.Last.Script(Vpc), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEipOfferedAgainUnchanged_ChangesNothing_AndIsReported()
    {
        var snapshot = Rich();
        await _bed.FullAsync(snapshot);
        var calls = _bed.Executor.Calls.Count;

        var applied = await _bed.EipsAsync(snapshot.Eips.Single(e => e.AllocationId == "eip-web") with { Generation = 5 });

        Assert.Equal([new AppliedEip("eip-web", 5)], applied);
        Assert.Equal(calls, _bed.Executor.Calls.Count);
    }

    private static int Position(IReadOnlyList<DataPlaneAction> actions, Func<DataPlaneAction, bool> match)
    {
        for (var i = 0; i < actions.Count; i++)
        {
            if (match(actions[i]))
                return i;
        }

        throw new Xunit.Sdk.XunitException("No such action in:\n" + actions.Describe());
    }
}
