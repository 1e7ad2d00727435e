using OpenEip.Core.Associations;
using OpenEip.Core.DataPlane.Desired;
using OpenEip.DataPlane.Actions;
using OpenEip.DataPlane.Model;
using OpenEip.DataPlane.Naming;
using OpenEip.DataPlane.Rendering;
using static OpenEip.Tests.DataPlane.Nftables.Scenarios;

namespace OpenEip.Tests.DataPlane.Nftables;

/// <summary>What each kind of binding renders to (issue 9, ADR 4), on hand-made snapshots.</summary>
public sealed class RenderingTests
{
    private const string Gw = "openeip-gw-cn-hangzhou";

    private static readonly RenderedModel Rich = Plans.Render(Scenarios.Rich());

    private static string Mark => Rich.Model.Elements(Gw, NftSkeletons.EipVpc).First().Split(" : ")[1];

    [Fact]
    public void Topology_IsTheInternet_AGatewayPerRegion_ARouterPerVpc_AndAHostPerInstanceEniAndClb()
    {
        Assert.Equal(
            [NamespaceNames.Internet, Gw, Vpc, Binded, Multi, "eni-twotwotwotwotwotwot", Db, Web2, Web, Clb],
            Rich.Model.Namespaces.Values.OrderBy(n => n.Role).ThenBy(n => n.Name, StringComparer.Ordinal).Select(n => n.Name));
        var router = Rich.Model.Ns(Vpc);
        var port = router.Links.Single(l => l.PeerNamespace == Web);
        Assert.Equal(("eth0", VpcBuilder.Mac(WebEni)), (port.PeerName, port.PeerMac));
        Assert.Equal(LinkNames.Bridge(VSwitch), router.Devices.Single(d => d.Name == port.Name).Master);
        Assert.Contains(router.Links, l => l.Kind == LinkKind.Bridge && l.Mac == LinkNames.BridgeMac(VSwitch));
        Assert.Contains("10.0.1.253/24 dev " + LinkNames.Bridge(VSwitch), Rich.Model.Addresses(Vpc));
        Assert.Contains(new SysctlFact("net.bridge.bridge-nf-call-iptables", "1"), router.Sysctls);
        Assert.Contains(new RouteSpec(Snapshot.Pool, Type: "unreachable"), Rich.Model.Ns(Gw).Routes);
    }

    [Fact]
    public void EcsInstance_WithAnEip_IsTranslatedOneToOneInItsRouter_AndItsVpcsMarkSendsItThere()
    {
        Assert.Contains("203.0.113.5 : 10.0.1.10", Rich.Model.Elements(Vpc, NftSkeletons.EipToPrivate));
        Assert.Contains("10.0.1.10 : 203.0.113.5", Rich.Model.Elements(Vpc, NftSkeletons.PrivateToEip));
        Assert.Contains("203.0.113.5", Rich.Model.Elements(Vpc, NftSkeletons.Eips));
        Assert.Contains($"203.0.113.5 : {Mark}", Rich.Model.Elements(Gw, NftSkeletons.EipVpc));
        var gateway = Rich.Model.Ns(Gw);
        var table = int.Parse(Mark, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(new RuleSpec(Transit.MarkRulePriority, "fwmark " + Mark, table), gateway.Rules);
        Assert.Contains(gateway.Routes, r => r.Table == table && r.Via == Transit.RouterUp && r.Onlink);
        Assert.Equal(["10.0.1.10/24 dev eth0"], Rich.Model.Addresses(Web));
        Assert.Contains(new RouteSpec("default", Via: "10.0.1.253", Device: "eth0", Onlink: true), Rich.Model.Ns(Web).Routes);
    }

    [Fact]
    public void AnEniWithTwoPrivateIps_AndTwoEips_TranslatesEachEipToItsOwnAddress()
    {
        const string Two = "eni-twotwotwotwotwotwot";
        Assert.Contains("203.0.113.6 : 10.0.1.30", Rich.Model.Elements(Vpc, NftSkeletons.EipToPrivate));
        Assert.Contains("203.0.113.7 : 10.0.1.31", Rich.Model.Elements(Vpc, NftSkeletons.EipToPrivate));
        Assert.Equal(["10.0.1.30/24 dev eth0", "10.0.1.31/24 dev eth0"], Rich.Model.Addresses(Two));
        Assert.Contains(new RuleSpec(Transit.SourceRulePriority, "from 10.0.1.31", Transit.HostTableBase), Rich.Model.Ns(Two).Rules);
    }

    [Fact]
    public void Binded_PutsTheEipOnTheInterface_RoutesItUntranslated_AndTurnsThePrivateAddressOff()
    {
        var host = Rich.Model.Ns(Binded);
        Assert.Equal(["203.0.113.20/32 dev eth0"], Rich.Model.Addresses(Binded));
        Assert.Contains(new RouteSpec("default", Via: "10.0.2.253", Device: "eth0", Onlink: true, Source: "203.0.113.20"), host.Routes);
        Assert.Contains(new RouteSpec("203.0.113.20/32", Device: LinkNames.Bridge(VSwitch2)), Rich.Model.Ns(Vpc).Routes);
        Assert.Contains("203.0.113.20", Rich.Model.Elements(Vpc, NftSkeletons.Routed));
        Assert.DoesNotContain(Rich.Model.Elements(Vpc, NftSkeletons.EipToPrivate), e => e.StartsWith("203.0.113.20", StringComparison.Ordinal));
        Assert.Equal(["10.0.2.40"], Rich.Model.Elements(Vpc, NftSkeletons.PrivateDisabled, NftSkeletons.BridgeTable));
        Assert.Contains(Rich.Model.Elements(Vpc, SecurityGroupRenderer.InMap), e => e.StartsWith("203.0.113.20 : jump sgc_", StringComparison.Ordinal));
    }

    [Fact]
    public void Binded_WithoutTheStoresFlag_StillTurnsThePrivateAddressOff()
    {
        var s = new Snapshot();
        var vpc = s.Vpc("vpc-b").VSwitch("vsw-b", "10.1.0.0/24").Host("eni-b", HostKind.NetworkInterface, VpcBuilder.Eni("eni-b", "vsw-b", 0, "10.1.0.5"));
        s.Eni("eip-b", "203.0.113.50", vpc, "eni-b", "10.1.0.5", EipDelivery.Binded);

        var rendered = Plans.Render(s);

        Assert.Equal(["203.0.113.50/32 dev eth0"], rendered.Model.Addresses("eni-b"));
        Assert.Equal(["10.1.0.5"], rendered.Model.Elements("vpc-b", NftSkeletons.PrivateDisabled, NftSkeletons.BridgeTable));
    }

    [Fact]
    public void MultiBinded_PutsEveryEipOnTheInterface_AndKeepsThePrivateAddress()
    {
        Assert.Equal(["10.0.2.50/24 dev eth0", "203.0.113.21/32 dev eth0", "203.0.113.22/32 dev eth0"], Rich.Model.Addresses(Multi));
        Assert.Contains(new RouteSpec("default", Via: "10.0.2.253", Device: "eth0", Onlink: true), Rich.Model.Ns(Multi).Routes);
        Assert.Contains(new RuleSpec(Transit.SourceRulePriority, "from 203.0.113.22", Transit.HostTableBase), Rich.Model.Ns(Multi).Rules);
        Assert.Equal(["203.0.113.20", "203.0.113.21", "203.0.113.22"], Rich.Model.Elements(Vpc, NftSkeletons.Routed));
    }

    [Fact]
    public void NatGateway_SnatsMostSpecificFirst_SpreadsOverItsEips_AndPublishesAPortAndAnAddress()
    {
        Assert.Equal(
        [
            "ip saddr 10.0.1.0/25 snat to jhash ip saddr . ip daddr mod 2 map { 0 : 203.0.113.30, 1 : 203.0.113.31 } comment \"snat-cidr\"",
            "ip saddr 10.0.2.0/24 snat to 203.0.113.30 comment \"snat-vsw\"",
        ], Rich.Model.Rules(Vpc, NftSkeletons.NatGatewaySnat));
        Assert.Equal(["203.0.113.30 . 2222 : 10.0.1.20 . 22"], Rich.Model.Elements(Vpc, NftSkeletons.ForwardTcp));
        Assert.Equal(["203.0.113.31 : 10.0.1.30"], Rich.Model.Elements(Vpc, NftSkeletons.ForwardIp));
        Assert.Contains("203.0.113.30", Rich.Model.Elements(Vpc, NftSkeletons.Eips));
        Assert.Contains($"203.0.113.31 : {Mark}", Rich.Model.Elements(Gw, NftSkeletons.EipVpc));
        Assert.DoesNotContain("203.0.113.30", Rich.Model.Elements(Vpc, NftSkeletons.Routed));
        Assert.Contains(Rich.Model.Rules(Vpc, "forward"), r => r == "ip daddr @eips ip daddr != @routed drop");
    }

    [Fact]
    public void NatGateway_WithEipAffinity_HashesTheSourceAlone_AndRangesMapWholeOrPortByPort()
    {
        var s = new Snapshot();
        s.Vpc("vpc-n").VSwitch("vsw-n", "10.9.0.0/24").NatGateway(Gateway, "vsw-n",
            [Snat("snat-a", "10.9.0.0/24", "vsw-n", "203.0.113.30", "203.0.113.31") with { EipAffinity = 1 }],
            [
                Forward("fwd-same", "203.0.113.30", "3000/3002", "10.9.0.5", "3000/3002", "tcp"),
                Forward("fwd-shift", "203.0.113.30", "4000/4001", "10.9.0.5", "5000/5001", "udp"),
                Forward("fwd-any", "203.0.113.31", "53", "10.9.0.6", "53", "any"),
            ]);

        var model = Plans.Render(s).Model;

        Assert.StartsWith("ip saddr 10.9.0.0/24 snat to jhash ip saddr mod 2 map", model.Rules("vpc-n", NftSkeletons.NatGatewaySnat).Single(), StringComparison.Ordinal);
        Assert.Equal(["203.0.113.30 . 3000-3002 : 10.9.0.5"], model.Elements("vpc-n", NftSkeletons.ForwardTcpRange));
        Assert.Equal(["203.0.113.30 . 4000 : 10.9.0.5 . 5000", "203.0.113.30 . 4001 : 10.9.0.5 . 5001", "203.0.113.31 . 53 : 10.9.0.6 . 53"],
            model.Elements("vpc-n", NftSkeletons.ForwardUdp));
        Assert.Equal(["203.0.113.31 . 53 : 10.9.0.6 . 53"], model.Elements("vpc-n", NftSkeletons.ForwardTcp));
    }

    [Fact]
    public void Clb_IsAHostWithItsAddress_AndItsEipTranslatesToIt()
    {
        Assert.Equal(["10.0.1.60/24 dev eth0"], Rich.Model.Addresses(Clb));
        Assert.Contains("203.0.113.40 : 10.0.1.60", Rich.Model.Elements(Vpc, NftSkeletons.EipToPrivate));
    }

    [Fact]
    public void HaVip_TheEipTranslatesToTheHaVipAddress_AndEachMemberRoutesRepliesFromItByItsInterface()
    {
        Assert.Contains("203.0.113.9 : 10.0.1.100", Rich.Model.Elements(Vpc, NftSkeletons.EipToPrivate));
        Assert.Contains("10.0.1.100 : 203.0.113.9", Rich.Model.Elements(Vpc, NftSkeletons.PrivateToEip));
        foreach (var member in new[] { Web, Db })
        {
            Assert.Contains(new RuleSpec(Transit.SourceRulePriority, "from 10.0.1.100", Transit.HostTableBase), Rich.Model.Ns(member).Rules);
            Assert.DoesNotContain("10.0.1.100/32 dev eth0", Rich.Model.Addresses(member));
        }

        // Guarded by its master's groups.
        Assert.Contains(Rich.Model.Elements(Vpc, SecurityGroupRenderer.InMap), e => e.StartsWith("10.0.1.100 : jump sgc_", StringComparison.Ordinal));
    }

    [Fact]
    public void UnboundPoolAddresses_AreUnreachable_AndOnlyEipsLeaveTheRouter()
    {
        Assert.Equal([$"oifname \"{LinkNames.Uplink}\" ip saddr != @eips drop"], Rich.Model.Rules(Vpc, "egress_guard"));
        Assert.Contains(new RouteSpec(Snapshot.Pool, Via: Transit.GatewayUp, Device: Rich.Model.Ns(NamespaceNames.Internet).Links.Single().Name, Onlink: true, Source: Transit.InternetClient),
            Rich.Model.Ns(NamespaceNames.Internet).Routes);
    }

    [Fact]
    public void TwoVpcsWithOverlappingBlocks_GetTheirOwnRouters_Numbers_AndLinks()
    {
        var s = new Snapshot();
        var a = s.Vpc("vpc-a", "172.16.0.0/12").VSwitch("vsw-a", "172.16.1.0/24").Instance("i-a", VpcBuilder.Eni("eni-a", "vsw-a", 0, "172.16.1.5"));
        var b = s.Vpc("vpc-b", "172.16.0.0/12").VSwitch("vsw-b", "172.16.1.0/24").Instance("i-b", VpcBuilder.Eni("eni-b", "vsw-b", 0, "172.16.1.5"));
        s.Ecs("eip-a", "203.0.113.1", a, "i-a", "eni-a", "172.16.1.5");
        s.Ecs("eip-b", "203.0.113.2", b, "i-b", "eni-b", "172.16.1.5");

        var model = Plans.Render(s).Model;

        Assert.Equal(["203.0.113.1 : 172.16.1.5"], model.Elements("vpc-a", NftSkeletons.EipToPrivate));
        Assert.Equal(["203.0.113.2 : 172.16.1.5"], model.Elements("vpc-b", NftSkeletons.EipToPrivate));
        var marks = model.Elements(Gw, NftSkeletons.EipVpc).Select(e => e.Split(" : ")[1]).ToList();
        Assert.NotEqual(marks[0], marks[1]);
        var links = model.Ns(Gw).Links.ToList();
        Assert.Equal(["vpc-a", "vpc-b"], links.Select(l => l.PeerNamespace).Order(StringComparer.Ordinal));
        Assert.NotEqual(links[0].Name, links[1].Name);
        Assert.All(links, l => Assert.Equal(LinkNames.Uplink, l.PeerName));
    }

    [Fact]
    public void TwoRegions_GetAGatewayEach_ReachedFromTheInternetByTheirOwnLinkForTheirOwnPools()
    {
        var s = new Snapshot();
        s.Pools.Add(new RegionPool("ap-southeast-1", ["192.0.2.0/24"]));
        s.Vpc("vpc-sg", region: "ap-southeast-1").VSwitch("vsw-sg", "10.0.1.0/24");
        s.Vpc("vpc-hz").VSwitch("vsw-hz", "10.0.1.0/24");

        var model = Plans.Render(s).Model;
        var internet = model.Ns(NamespaceNames.Internet);

        Assert.Equal([NamespaceNames.Gateway("ap-southeast-1"), Gw], internet.Links.Select(l => l.PeerNamespace).Order(StringComparer.Ordinal));
        Assert.Equal(internet.Links.Single(l => l.PeerNamespace == NamespaceNames.Gateway("ap-southeast-1")).Name, internet.Routes.Single(r => r.Destination == "192.0.2.0/24").Device);
        Assert.Equal("vpc-sg", model.Ns(NamespaceNames.Gateway("ap-southeast-1")).Links.Single().PeerNamespace);
        Assert.Equal("vpc-hz", model.Ns(Gw).Links.Single().PeerNamespace);
    }

    [Fact]
    public void WhatCannotBeBuilt_IsLeftOut_NotPastedIntoACommand()
    {
        var s = new Snapshot();
        s.Vpc("vpc-x").VSwitch("vsw-x", "10.0.1.0/24").VSwitch("vsw-bad", "10.0.2.7/24")
            .Instance("i-x", VpcBuilder.Eni("eni-x", "vsw-x", 0, "10.0.1.5", "10.0.1.6; reboot") with { MacAddress = "00:16:3e:00:00:01" })
            .Instance("i-badmac", VpcBuilder.Eni("eni-badmac", "vsw-x", 0, "10.0.1.7") with { MacAddress = "zz:16:3e:00:00:01 up" })
            .Instance("i-badvsw", VpcBuilder.Eni("eni-badvsw", "vsw-bad", 0, "10.0.2.7"))
            .Instance("i bad name", VpcBuilder.Eni("eni-y", "vsw-x", 0, "10.0.1.8"));
        s.Vpc("vpc bad").VSwitch("vsw-z", "10.0.1.0/24");

        var model = Plans.Render(s).Model;

        Assert.Equal(["10.0.1.5/24 dev eth0"], model.Addresses("i-x"));
        Assert.Empty(model.Ns("i-badmac").Links.Concat(model.Ns("i-badmac").Devices.Select(d => new LinkSpec(d.Name, LinkKind.Veth))));
        Assert.Empty(model.Ns("i-badvsw").Addresses);
        Assert.Null(model.Find("i bad name"));
        Assert.Null(model.Find("vpc bad"));
        Assert.Single(model.Ns("vpc-x").Links, l => l.Kind == LinkKind.Bridge);
    }

    [Fact]
    public void AnEip_WhoseHostIsNotBuilt_IsNotCarried()
    {
        var s = new Snapshot();
        var vpc = s.Vpc("vpc-a").VSwitch("vsw-a", "10.0.1.0/24");
        s.Ecs("eip-early", "203.0.113.3", vpc, "i-later", "eni-later", "10.0.1.9");
        s.Eni("eip-nowhere", "203.0.113.4", vpc, "eni-nowhere", "10.0.1.8", EipDelivery.MultiBinded);
        s.Target("eip-lb", "203.0.113.8", vpc, BindingTargetTypes.SlbInstance, "lb-later", "10.0.1.7");
        s.Target("eip-ip", "203.0.113.11", vpc, BindingTargetTypes.IpAddress, "10.0.1.6", "10.0.1.6");

        var rendered = Plans.Render(s);

        Assert.Equal(["eip-ip"], rendered.Programs.Keys);
        Assert.Equal(["203.0.113.11 : 10.0.1.6"], rendered.Model.Elements("vpc-a", NftSkeletons.EipToPrivate));
    }

    [Fact]
    public void FromScratch_NamespacesComeFirst_ThenRoutersTables_ThenLinksOutsideIn_AndTheGatewayAdmitsLast()
    {
        var actions = Plans.FromScratch(Rich);

        var kinds = actions.Select(a => a.GetType().Name).Distinct().ToList();
        Assert.Equal(["CreateNamespace", "SetSysctl", "NftScript", "IpCommands", "AnnounceAddress"], kinds);
        Assert.IsType<NftScript>(actions.Last(a => a is NftScript));
        Assert.Equal(Gw, ((NftScript)actions.Last(a => a is NftScript)).Namespace);
        var creates = actions.OfType<IpCommands>().Where(c => c.IgnoreErrors).Select(c => c.Namespace).ToList();
        Assert.Equal([NamespaceNames.Internet, Gw, Vpc], creates.Take(3));
        Assert.Contains("addr replace 203.0.113.20/32 dev eth0", actions.IpLines(Binded));
        Assert.Contains(new AnnounceAddress(Binded, "eth0", "203.0.113.20"), actions);
    }
}
