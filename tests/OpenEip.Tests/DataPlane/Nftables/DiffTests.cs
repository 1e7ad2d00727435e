using OpenEip.Core.DataPlane.Desired;
using OpenEip.DataPlane.Actions;
using OpenEip.DataPlane.Naming;
using OpenEip.DataPlane.Planning;
using static OpenEip.Tests.DataPlane.Nftables.Scenarios;

namespace OpenEip.Tests.DataPlane.Nftables;

/// <summary>From an applied model to a wanted one: only the difference, in an order that never breaks traffic needlessly.</summary>
public sealed class DiffTests
{
    [Fact]
    public void NothingChanged_NothingToDo()
    {
        Assert.Empty(Plans.Between(Plans.Render(Rich()), Plans.Render(Rich())));
    }

    [Fact]
    public void AHostRemoved_DeletesItsNamespace_AndItsPortOnTheBridge()
    {
        var before = Plans.Render(Rich());
        var changed = Rich();
        changed.Eips.RemoveAll(e => e.AllocationId == "eip-clb");
        RemoveHost(changed, Clb);

        var actions = Plans.Between(before, Plans.Render(changed));

        Assert.Equal(new DeleteNamespace(Clb), actions[0]);
        var port = before.Model.Ns(Vpc).Links.Single(l => l.PeerNamespace == Clb).Name;
        Assert.Contains($"link del {port}", actions.IpLines(Vpc));
        Assert.Contains("delete element ip openeip eip2priv { 203.0.113.40 }", actions.Script(Vpc), StringComparison.Ordinal);
        Assert.DoesNotContain(actions, a => a is CreateNamespace);
    }

    [Fact]
    public void SetElementsAndChainsChangeInPlace_TheTableIsNeverRecreated()
    {
        var before = Plans.Render(Rich());
        var changed = Rich();
        changed.Vpcs[0].Rule("sg-web", Rule("sgr-extra", 3, "accept", "udp", "500/600", "0.0.0.0/0"));

        var script = Plans.Between(before, Plans.Render(changed)).Script(Vpc);

        Assert.DoesNotContain("add table", script, StringComparison.Ordinal);
        Assert.DoesNotContain("delete table", script, StringComparison.Ordinal);
        Assert.Contains("flush chain ip openeip sgc_", script, StringComparison.Ordinal);
        Assert.Contains("meta l4proto 17 th dport 500-600 accept comment \"sgr-extra\"", script, StringComparison.Ordinal);
    }

    [Fact]
    public void AnElementWhoseValueChanges_IsDeletedThenAddedInOneTransaction()
    {
        var before = Plans.Render(Rich());
        var changed = Rich();
        var eip = changed.Eips.Single(e => e.AllocationId == "eip-web");
        changed.Eips.Remove(eip);
        changed.Eips.Add(eip with { PrivateIp = "10.0.1.20", NetworkInterfaceId = DbEni, TargetId = Db });

        var actions = Plans.Between(before, Plans.Render(changed));
        var script = actions.Script(Vpc);

        Assert.Single(actions.OfType<NftScript>(), s => s.Namespace == Vpc);
        Assert.True(script.IndexOf("delete element ip openeip eip2priv { 203.0.113.5 }", StringComparison.Ordinal)
            < script.IndexOf("add element ip openeip eip2priv { 203.0.113.5 : 10.0.1.20 }", StringComparison.Ordinal));
        Assert.Equal([$"{Vpc}: --orig-dst 203.0.113.5 --reply-src 10.0.1.10", $"{Vpc}: --orig-src 10.0.1.10 --reply-dst 203.0.113.5"], actions.Conntrack());
        Assert.DoesNotContain(actions, a => a is NftScript s && s.Namespace == NamespaceNames.Gateway(Snapshot.Region));
    }

    [Fact]
    public void AnEniThatMovesIntoAnInstance_LeavesItsOwnNamespace_AndComesUpInTheInstanceOnANewPort()
    {
        var before = Plans.Render(Rich());
        var changed = Rich();
        RemoveHost(changed, Multi);
        changed.Eips.RemoveAll(e => e.NetworkInterfaceId == Multi);
        RemoveHost(changed, Web2);
        changed.Vpcs[0].Instance(Web2, Grouped(VpcBuilder.Eni(Web2Eni, VSwitch2, 0, "10.0.2.10"), "sg-web"), VpcBuilder.Eni(Multi, VSwitch2, 1, "10.0.2.50"));

        var actions = Plans.Between(before, Plans.Render(changed));
        var oldPort = LinkNames.HostPort(Multi, Multi);
        var newPort = LinkNames.HostPort(Web2, Multi);

        Assert.Contains(new DeleteNamespace(Multi), actions);
        Assert.Contains($"link del {oldPort}", actions.IpLines(Vpc));
        Assert.Contains(actions.IpLines(Vpc), l => l.StartsWith($"link add {newPort} type veth peer name eth1 ", StringComparison.Ordinal));
        Assert.Contains($"link set dev {newPort} master {LinkNames.Bridge(VSwitch2)} up", actions.IpLines(Vpc));
        Assert.Contains($"link set dev {newPort} type bridge_slave hairpin on", actions.IpLines(Vpc));
        Assert.Contains("addr replace 10.0.2.50/24 dev eth1", actions.IpLines(Web2));
        Assert.Contains("rule add pref 1000 from 10.0.2.50 lookup 101", actions.IpLines(Web2));
    }

    [Fact]
    public void AFullPass_DeletesOrphansWithOpenEipsNames_LeavesOthers_AndRebuildsAMissingHostWithItsPort()
    {
        var rendered = Plans.Render(Rich());
        var present = rendered.Model.Namespaces.Keys.Where(n => n != Web).Append("i-orphanorphanorphanor").Append("someone-elses").ToHashSet();

        var actions = ActionPlanner.Plan(ModelDiff.Compute(rendered.Model, Plans.Render(Rich()).Model, new DiffOptions { ReassertNft = true, Present = present }));

        Assert.Equal([new DeleteNamespace("i-orphanorphanorphanor")], actions.OfType<DeleteNamespace>());
        Assert.Equal([new CreateNamespace(Web)], actions.OfType<CreateNamespace>());
        var port = rendered.Model.Ns(Vpc).Links.Single(l => l.PeerNamespace == Web);
        Assert.Contains(actions.IpLines(Vpc), l => l.StartsWith($"link add {port.Name} ", StringComparison.Ordinal));
        Assert.Contains("addr replace 10.0.1.10/24 dev eth0", actions.IpLines(Web));
        Assert.DoesNotContain(actions.IpLines(Db), l => l.StartsWith("addr", StringComparison.Ordinal));
        Assert.Contains("flush map ip openeip eip2priv", actions.Script(Vpc), StringComparison.Ordinal);
        Assert.Contains("flush map ip openeip eip_vpc", actions.Script(NamespaceNames.Gateway(Snapshot.Region)), StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownState_ReassertsEveryFact_AndRemovesWhatTheOldModelHadBeyondTheNewOne()
    {
        var before = Plans.Render(Rich());
        var changed = Rich();
        changed.Eips.RemoveAll(e => e.AllocationId == "eip-multi-b");

        var actions = ActionPlanner.Plan(ModelDiff.Compute(before.Model, Plans.Render(changed).Model, new DiffOptions { ReassertIp = true, ReassertNft = true, Announce = false }));

        Assert.Contains("addr del 203.0.113.22/32 dev eth0", actions.IpLines(Multi));
        Assert.Contains("addr replace 203.0.113.21/32 dev eth0", actions.IpLines(Multi));
        Assert.Contains("addr replace 10.0.1.20/24 dev eth0", actions.IpLines(Db));
        Assert.DoesNotContain(actions, a => a is AnnounceAddress);
        Assert.All(actions.OfType<IpCommands>().Where(c => c.Lines.Any(l => l.StartsWith("link add", StringComparison.Ordinal) || l.StartsWith("rule add", StringComparison.Ordinal))),
            c => Assert.True(c.IgnoreErrors));
    }

    [Fact]
    public void ANewVSwitch_GetsABridgeWithItsGatewayAddress()
    {
        var before = Plans.Render(Rich());
        var changed = Rich();
        changed.Vpcs[0].VSwitch("vsw-3", "10.0.3.0/24");

        var actions = Plans.Between(before, Plans.Render(changed));

        var bridge = LinkNames.Bridge("vsw-3");
        Assert.Equal([$"link add {bridge} address {LinkNames.BridgeMac("vsw-3")} type bridge", $"link set dev {bridge} up", $"addr replace 10.0.3.253/24 dev {bridge}"],
            actions.IpLines(Vpc));
    }

    private static void RemoveHost(Snapshot snapshot, string ns)
    {
        var vpc = snapshot.Vpcs[0].Build();
        var rebuilt = new Snapshot();
        var builder = rebuilt.Vpc(vpc.VpcId, vpc.CidrBlocks[0]);
        foreach (var v in vpc.VSwitches)
            builder.VSwitch(v.VSwitchId, v.CidrBlock);
        foreach (var host in vpc.Hosts.Where(h => h.Namespace != ns))
            builder.Host(host.Namespace, host.Kind, [.. host.Interfaces]);
        foreach (var group in vpc.SecurityGroups)
            builder.Group(group.SecurityGroupId, [.. group.Rules]);
        foreach (var gateway in vpc.NatGateways)
            builder.NatGateway(gateway.NatGatewayId, gateway.VSwitchId, gateway.SnatEntries, gateway.ForwardEntries);
        foreach (var haVip in vpc.HaVips)
            builder.HaVip(haVip.HaVipId, haVip.VSwitchId, haVip.IpAddress, haVip.MasterInterfaceId, [.. haVip.MemberInterfaceIds]);
        snapshot.Vpcs[0] = builder;
    }
}
