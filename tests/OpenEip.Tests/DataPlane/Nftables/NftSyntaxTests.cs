using OpenEip.DataPlane.Actions;
using OpenEip.DataPlane.Naming;
using OpenEip.DataPlane.Planning;
using static OpenEip.Tests.DataPlane.Nftables.Scenarios;

namespace OpenEip.Tests.DataPlane.Nftables;

/// <summary>The generated nftables scripts, as nft 1.0.6 on this machine reads them (P3), in a throwaway namespace.</summary>
public sealed class NftSyntaxTests
{
    [NftFact]
    public void FromScratch_TheRoutersAndTheGatewaysScriptsLoad()
    {
        var actions = Plans.FromScratch(Plans.Render(Rich()));

        NftCheck.Passes([], actions.Script(Vpc));
        NftCheck.Passes([], actions.Script(NamespaceNames.Gateway(Snapshot.Region)));
    }

    [NftFact]
    public void AChangeOfGroupsRulesNatEntriesAndEips_LoadsOnTopOfTheFirstScript()
    {
        var before = Plans.Render(Rich());
        var changed = Rich();
        var vpc = changed.Vpcs[0];
        vpc.Instance("i-newnewnewnewnewnewne", Grouped(VpcBuilder.Eni("eni-new", VSwitch, 0, "10.0.1.77"), "sg-db", "sg-web"));
        changed.Eips.RemoveAll(e => e.AllocationId is "eip-web" or "eip-multi-b");
        changed.Ecs("eip-new", "203.0.113.77", vpc, "i-newnewnewnewnewnewne", "eni-new", "10.0.1.77");
        var after = Plans.Render(changed);

        var first = Plans.FromScratch(before).Script(Vpc);
        var delta = Plans.Between(before, after);

        Assert.Contains("delete element ip openeip eip2priv { 203.0.113.5 }", delta.Script(Vpc), StringComparison.Ordinal);
        NftCheck.Passes([first], delta.Script(Vpc));
    }

    [NftFact]
    public void RemovingTheLastInterfaceOfACombination_DeletesItsChainAfterItsElements()
    {
        var before = Plans.Render(Rich());
        var changed = new Snapshot();
        changed.Vpc(Vpc).VSwitch(VSwitch, "10.0.1.0/24").Instance(Web, VpcBuilder.Eni(WebEni, VSwitch, 0, "10.0.1.10"));
        var after = Plans.Render(changed);

        var script = Plans.Between(before, after).Script(Vpc);

        Assert.Contains("delete chain ip openeip sgc_", script, StringComparison.Ordinal);
        Assert.True(script.IndexOf("delete element ip openeip sg_in", StringComparison.Ordinal) < script.IndexOf("delete chain", StringComparison.Ordinal));
        NftCheck.Passes([Plans.FromScratch(before).Script(Vpc)], script);
    }

    [NftFact]
    public void AReassertingPass_RemovesAChainThatMayOrMayNotExist_AndNeverDeletesATable()
    {
        var before = Plans.Render(Rich());
        var smaller = Rich();
        smaller.Vpcs.Clear();
        smaller.Eips.Clear();
        smaller.Vpc(Vpc).VSwitch(VSwitch, "10.0.1.0/24").Instance(Web, Grouped(VpcBuilder.Eni(WebEni, VSwitch, 0, "10.0.1.10"), "sg-web"))
            .Group("sg-web", Rule("sgr-http", 2, "accept", "tcp", "8080/8080", "0.0.0.0/0"));
        var after = Plans.Render(smaller);

        var script = ActionPlanner.Plan(ModelDiff.Compute(before.Model, after.Model, new DiffOptions { ReassertIp = true, ReassertNft = true })).Script(Vpc);

        Assert.Matches("add chain ip openeip (sgc_[0-9a-f]+)\\nflush chain ip openeip \\1\\ndelete chain ip openeip \\1", script);
        Assert.DoesNotContain("delete table", script, StringComparison.Ordinal);
        NftCheck.Passes([], script);
        NftCheck.Passes([Plans.FromScratch(before).Script(Vpc)], script);
    }
}
