using OpenEip.DataPlane.Actions;

namespace OpenEip.Tests.DataPlane.Linux;

/// <summary>NftScript: libnftables in process, inside the action's namespace, one transaction per script.</summary>
public sealed class NftScriptTests : LinuxLabTest
{
    private const string Table = """
        table ip openeip {
          map eip2priv { type ipv4_addr : ipv4_addr; }
          chain prerouting { type nat hook prerouting priority dstnat; policy accept; dnat to ip daddr map @eip2priv; }
        }
        """;

    [RootFact]
    public async Task AScript_IsAppliedInItsNamespace_AndVisibleNowhereElse()
    {
        var names = await Lab.CreateAsync(2);

        await Lab.RunAsync(
            new NftScript(names[0], Table),
            new NftScript(names[0], "add element ip openeip eip2priv { 203.0.113.5 : 10.0.0.11 }"));

        Assert.Contains("203.0.113.5 : 10.0.0.11", await LinuxLab.NftAsync(names[0], "list", "map", "ip", "openeip", "eip2priv"));
        Assert.Equal("", await LinuxLab.NftAsync(names[1], "list", "tables"));
        Assert.DoesNotContain("openeip", await LinuxLab.ShAsync("nft", "list", "tables"));
    }

    [RootFact]
    public async Task AFailingScript_LeavesNothingHalfApplied_AndCarriesNftsError()
    {
        var ns = (await Lab.CreateAsync(1))[0];
        await Lab.RunAsync(new NftScript(ns, Table));
        var action = new NftScript(ns, """
            add table ip halfway
            add element ip openeip eip2priv { 203.0.113.6 : 10.0.0.12 }
            add element ip openeip nosuchmap { 203.0.113.7 : 10.0.0.13 }
            """);

        var failure = await Assert.ThrowsAsync<DataPlaneActionException>(() => Lab.RunAsync(action));

        Assert.Equal(action, failure.Action);
        Assert.Contains("Error:", failure.Message);
        Assert.Contains("nosuchmap", failure.Message);
        Assert.DoesNotContain("halfway", await LinuxLab.NftAsync(ns, "list", "tables"));
        Assert.DoesNotContain("203.0.113.6", await LinuxLab.NftAsync(ns, "list", "map", "ip", "openeip", "eip2priv"));
    }

    [RootFact]
    public async Task AKernelRefusal_AlsoRollsBackTheWholeTransaction()
    {
        var ns = (await Lab.CreateAsync(1))[0];
        await Lab.RunAsync(new NftScript(ns, Table));

        // Parsing and evaluation pass; the kernel refuses the second element (already there), so the first must not stay either.
        await Lab.RunAsync(new NftScript(ns, "add element ip openeip eip2priv { 203.0.113.5 : 10.0.0.11 }"));
        var failure = await Assert.ThrowsAsync<DataPlaneActionException>(() => Lab.RunAsync(new NftScript(ns,
            "add element ip openeip eip2priv { 203.0.113.8 : 10.0.0.18 }\ncreate element ip openeip eip2priv { 203.0.113.5 : 10.0.0.11 }")));

        Assert.Contains("File exists", failure.Message);
        Assert.DoesNotContain("203.0.113.8", await LinuxLab.NftAsync(ns, "list", "map", "ip", "openeip", "eip2priv"));
    }

    [RootFact]
    public async Task InterfaceNames_AreResolvedInTheScriptsOwnNamespace()
    {
        // x1 has index 3 in the first namespace and 5 in the second: each rule must get its own namespace's index.
        var names = await Lab.CreateAsync(2);
        await Lab.RunAsync(
            new IpCommands(names[0], ["link add x1 type veth peer name x2"]),
            new IpCommands(names[1], ["link add pad0 type veth peer name pad1", "link add x1 type veth peer name x2"]));
        const string rule = """
            add table ip probe
            add chain ip probe input { type filter hook input priority 0; }
            add rule ip probe input iif "x1" counter
            """;

        await Lab.RunAsync(new NftScript(names[0], rule), new NftScript(names[1], rule), new NftScript(names[0], "list ruleset"));

        Assert.Contains("iif \"x1\"", await LinuxLab.NftAsync(names[0], "list", "ruleset"));
        Assert.Contains("iif \"x1\"", await LinuxLab.NftAsync(names[1], "list", "ruleset"));
    }

    [RootFact]
    public async Task AScriptInAMissingNamespace_FailsSayingSo()
    {
        var missing = Lab.Name();

        var failure = await Assert.ThrowsAsync<DataPlaneActionException>(() => Lab.RunAsync(new NftScript(missing, "add table ip t")));

        Assert.Contains($"network namespace '{missing}' does not exist", failure.Message);
    }
}
