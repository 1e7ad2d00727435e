using OpenEip.DataPlane.Rendering;
using static OpenEip.Tests.DataPlane.Nftables.Scenarios;

namespace OpenEip.Tests.DataPlane.Nftables;

/// <summary>Security groups as ECS enforces them (R-ENI-5), in shared chains per combination of groups.</summary>
public sealed class SecurityGroupRenderingTests
{
    [Fact]
    public void Inbound_MembersFirst_ThenRulesByPriority_DropWinningATie_ThenDrop()
    {
        var rendered = Plans.Render(Rich());
        var chain = Chain(rendered, WebEni);

        Assert.Equal(
        [
            $"ip saddr @{SecurityGroupRenderer.MemberSet("sg-web")} accept",
            "ip saddr 198.51.100.0/24 meta l4proto 6 th dport 22 drop comment \"sgr-ssh-drop\"",
            "meta l4proto 6 th dport 22 accept comment \"sgr-ssh\"",
            "meta l4proto 6 th dport 8080 accept comment \"sgr-http\"",
            "meta l4proto 1 accept comment \"sgr-icmp\"",
            "drop",
        ], chain);
    }

    [Fact]
    public void ASourceGroupRule_MatchesThatGroupsMembers()
    {
        var rendered = Plans.Render(Rich());

        Assert.Contains($"ip saddr @{SecurityGroupRenderer.MemberSet("sg-web")} meta l4proto 6 th dport 5432 accept comment \"sgr-db-from-web\"", Chain(rendered, DbEni));
        Assert.Equal(["10.0.1.10", "10.0.2.10"], rendered.Model.Elements(Vpc, SecurityGroupRenderer.MemberSet("sg-web")));
    }

    [Fact]
    public void InterfacesWithTheSameGroups_ShareOneChain_AndAnInterfaceWithoutGroupsIsNotGuarded()
    {
        var rendered = Plans.Render(Rich());
        var inbound = rendered.Model.Elements(Vpc, SecurityGroupRenderer.InMap);

        Assert.Equal(Jump(inbound, "10.0.1.10"), Jump(inbound, "10.0.2.10"));
        Assert.NotEqual(Jump(inbound, "10.0.1.10"), Jump(inbound, "10.0.1.20"));
        Assert.DoesNotContain(inbound, e => e.StartsWith("10.0.1.30 ", StringComparison.Ordinal));
        Assert.Equal(2, rendered.Model.Ns(Vpc).Table(NftSkeletons.IpTable).Chains.Keys.Count(k => k.StartsWith("sgc_", StringComparison.Ordinal)));
    }

    [Fact]
    public void SeveralGroups_AreEvaluatedTogether_ByPriorityAcrossGroups()
    {
        var s = new Snapshot();
        s.Vpc("vpc-g").VSwitch("vsw-g", "10.5.0.0/24")
            .Instance("i-g", Grouped(VpcBuilder.Eni("eni-g", "vsw-g", 0, "10.5.0.5"), "sg-b", "sg-a"))
            .Group("sg-a", Rule("sgr-a-late", 50, "accept", "udp", "53/53", "10.0.0.0/8"), Rule("sgr-a-all", 5, "accept", "all", "-1/-1", "10.5.0.9"))
            .Group("sg-b", Rule("sgr-b-early", 1, "accept", "gre", "-1/-1", "0.0.0.0/0"), Rule("sgr-b-wide", 7, "accept", "tcp", "1/65535", "0.0.0.0/0"));

        var chain = Chain(Plans.Render(s), "eni-g", "vpc-g");

        Assert.Equal(
        [
            $"ip saddr @{SecurityGroupRenderer.MemberSet("sg-a")} accept",
            $"ip saddr @{SecurityGroupRenderer.MemberSet("sg-b")} accept",
            "meta l4proto 47 accept comment \"sgr-b-early\"",
            "ip saddr 10.5.0.9 accept comment \"sgr-a-all\"",
            "meta l4proto 6 accept comment \"sgr-b-wide\"",
            "ip saddr 10.0.0.0/8 meta l4proto 17 th dport 53 accept comment \"sgr-a-late\"",
            "drop",
        ], chain);
    }

    [Fact]
    public void EgressRules_GetTheirOwnChain_AnAcceptReturnsToTheDestinationsIngress()
    {
        var s = new Snapshot();
        s.Vpc("vpc-e").VSwitch("vsw-e", "10.6.0.0/24")
            .Instance("i-e", Grouped(VpcBuilder.Eni("eni-e", "vsw-e", 0, "10.6.0.5"), "sg-e"))
            .Group("sg-e",
                Rule("sgr-dns", 1, "accept", "udp", "53/53", "10.0.0.0/8", direction: "egress"),
                Rule("sgr-out-drop", 2, "drop", "all", "-1/-1", "0.0.0.0/0", direction: "egress"));

        var model = Plans.Render(s).Model;
        var outbound = model.Elements("vpc-e", SecurityGroupRenderer.OutMap).Single();
        var chain = outbound.Split("jump ")[1];

        Assert.StartsWith("10.6.0.5 : jump sge_", outbound, StringComparison.Ordinal);
        Assert.Equal(["ip daddr 10.0.0.0/8 meta l4proto 17 th dport 53 return comment \"sgr-dns\"", "drop comment \"sgr-out-drop\""], model.Rules("vpc-e", chain));
    }

    private static List<string> Chain(RenderedModel rendered, string eni, string vpc = Vpc)
    {
        var address = rendered.Model.Ns(vpc).Table(NftSkeletons.IpTable).Elements[SecurityGroupRenderer.InMap]
            .Single(e => rendered.Model.Namespaces.Values.Any(n => n.Addresses.Any(a => a.Address == e.Key)) && e.Key == PrivateOf(rendered, eni, vpc));
        return rendered.Model.Rules(vpc, address.Value!.Split(' ')[1]);
    }

    private static string PrivateOf(RenderedModel rendered, string eni, string vpc) =>
        rendered.Model.Ns(vpc).Links.Single(l => l.PeerMac == VpcBuilder.Mac(eni)).PeerNamespace is { } host
            ? rendered.Model.Ns(host).Addresses.First().Address
            : throw new InvalidOperationException();

    private static string Jump(List<string> elements, string address) => elements.Single(e => e.StartsWith(address + " ", StringComparison.Ordinal)).Split(" : ")[1];
}
