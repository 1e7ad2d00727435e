using OpenEip.DataPlane.Actions;

namespace OpenEip.Tests.DataPlane.Linux;

/// <summary>InspectAsync: the links and chains of one namespace, as a driver starting blind looks for leftovers.</summary>
public sealed class NamespaceInspectionTests : LinuxLabTest
{
    [RootFact]
    public async Task Inspect_ListsTheLinksAndChainsOfThatNamespace_AndNoOther()
    {
        var names = await Lab.CreateAsync(2);
        await Lab.RunAsync(
            new IpCommands(names[0], ["link add h0123456789ab type veth peer name eth7", "link add b0123456789ab type bridge"]),
            new NftScript(names[0], "table ip openeip {\n  chain sgc_left { accept; }\n  chain forward { type filter hook forward priority filter; policy accept; }\n}\ntable bridge openeip {\n  chain ports_forward { type filter hook forward priority 0; policy accept; }\n}"),
            new IpCommands(names[1], ["link add hffffffffffff type veth peer name eth8"]));

        var found = await Lab.Executor.InspectAsync(names[0], CancellationToken.None);

        Assert.Equal(["b0123456789ab", "eth7", "h0123456789ab", "lo"], found.Links.Order(StringComparer.Ordinal));
        Assert.Equal(
            [new NftChainRef("bridge", "openeip", "ports_forward"), new NftChainRef("ip", "openeip", "forward"), new NftChainRef("ip", "openeip", "sgc_left")],
            found.Chains.OrderBy(c => c.Family, StringComparer.Ordinal).ThenBy(c => c.Name, StringComparer.Ordinal));
        Assert.Equal(["eth8", "hffffffffffff", "lo"], (await Lab.Executor.InspectAsync(names[1], CancellationToken.None)).Links.Order(StringComparer.Ordinal));
    }

    [RootFact]
    public async Task Inspect_ANamespaceThatDoesNotExist_Fails()
    {
        var missing = Lab.Name();

        await Assert.ThrowsAsync<InvalidOperationException>(() => Lab.Executor.InspectAsync(missing, CancellationToken.None));
    }
}
