using OpenEip.DataPlane.Actions;

namespace OpenEip.Tests.DataPlane.Linux;

/// <summary>
/// What the executor keeps open in a namespace (its nft context, its packet socket) lives as long as the namespace. These run alone (no other test lists
/// namespaces meanwhile, which would free stale contexts and hide a missing clean-up).
/// </summary>
[Collection(SerialLinuxTests.Name)]
public sealed class NamespaceHandlesLifetimeTests : LinuxLabTest
{
    private const string Table = "table ip openeip { map eip2priv { type ipv4_addr : ipv4_addr; }; }";

    [RootFact]
    public async Task ANameDeletedAndCreatedAgain_GetsAContextInTheNewNamespace()
    {
        var ns = (await Lab.CreateAsync(1))[0];
        await Lab.RunAsync(new NftScript(ns, "add table ip before"));

        // Deleted behind the executor's back, then created again: the cached context still points at the old namespace.
        await LinuxLab.ShAsync("ip", "netns", "del", ns);
        await Lab.RunAsync(new CreateNamespace(ns), new NftScript(ns, "add table ip after"));

        var tables = await LinuxLab.NftAsync(ns, "list", "tables");
        Assert.Contains("table ip after", tables);
        Assert.DoesNotContain("before", tables);
    }

    [RootFact]
    public async Task DeleteNamespace_FreesItsContext_SoTheKernelCanTearItDown()
    {
        // An open nft socket keeps a namespace alive after its name is gone, and its veth peer with it.
        var (ns, neighbour) = await PairAsync();
        await Lab.RunAsync(new NftScript(ns, Table));

        await Lab.RunAsync(new DeleteNamespace(ns));

        await Eventually.WaitAsync(() => LinuxLab.ShAsync("ip", "-n", neighbour, "-o", "link"), links => !links.Contains("peer0"),
            "the veth peer of the deleted namespace vanishes");
    }

    [RootFact]
    public async Task DeleteNamespace_AfterAnAnnouncement_ClosesItsPacketSocket()
    {
        var (ns, neighbour) = await PairAsync();
        await Lab.RunAsync(new IpCommands(ns, ["addr add 10.9.0.1/24 dev end0", "link set end0 up"]), new AnnounceAddress(ns, "end0", "10.9.0.1"));

        await Lab.RunAsync(new DeleteNamespace(ns));

        await Eventually.WaitAsync(() => LinuxLab.ShAsync("ip", "-n", neighbour, "-o", "link"), links => !links.Contains("peer0"),
            "the veth peer of the deleted namespace vanishes");
    }

    [RootFact]
    public async Task ListNamespaces_FreesContextsOfNamespacesDeletedBySomeoneElse()
    {
        var (ns, neighbour) = await PairAsync();
        await Lab.RunAsync(new NftScript(ns, Table));
        await LinuxLab.ShAsync("ip", "netns", "del", ns);

        await Lab.Executor.ListNamespacesAsync(CancellationToken.None);

        await Eventually.WaitAsync(() => LinuxLab.ShAsync("ip", "-n", neighbour, "-o", "link"), links => !links.Contains("peer0"),
            "the veth peer of the namespace deleted behind the executor's back vanishes");
    }

    /// <summary>Two namespaces joined by a veth: <c>peer0</c> in the second is the peer of the first's <c>end0</c>.</summary>
    private async Task<(string, string)> PairAsync()
    {
        var names = await Lab.CreateAsync(2);
        await Lab.RunAsync(new IpCommands(names[0], [$"link add end0 type veth peer name peer0 netns {names[1]}"]));
        Assert.Contains("peer0", await LinuxLab.ShAsync("ip", "-n", names[1], "-o", "link"));
        return (names[0], names[1]);
    }
}
