using OpenEip.DataPlane.Actions;

namespace OpenEip.Tests.DataPlane.Linux;

/// <summary>AnnounceAddress: a gratuitous ARP makes a neighbour replace a stale entry (recipe §4, P7).</summary>
public sealed class AnnounceAddressTests : LinuxLabTest
{
    [RootFact]
    public async Task Announce_UpdatesTheNeighboursStaleEntryToTheAnnouncersMac()
    {
        var names = await Lab.CreateAsync(2);
        var (neighbour, holder) = (names[0], names[1]);
        await Lab.RunAsync(
            new IpCommands(neighbour, [$"link add n0 type veth peer name h0 netns {holder}", "addr add 10.9.0.1/24 dev n0", "link set n0 up",
                "neigh replace 10.9.0.100 dev n0 lladdr 02:00:00:00:00:99 nud stale"]),
            new IpCommands(holder, ["link set h0 address 02:00:00:00:00:42", "addr add 10.9.0.100/24 dev h0", "link set h0 up"]));

        await Lab.RunAsync(new AnnounceAddress(holder, "h0", "10.9.0.100"));

        await Eventually.WaitAsync(() => LinuxLab.ShAsync("ip", "-n", neighbour, "neigh", "show", "10.9.0.100", "dev", "n0"),
            entry => entry.Contains("lladdr 02:00:00:00:00:42"), "the neighbour learns the announcer's MAC");
    }

    [RootFact]
    public async Task Announce_OnAMissingDevice_FailsNamingIt()
    {
        var ns = (await Lab.CreateAsync(1))[0];

        var failure = await Assert.ThrowsAsync<DataPlaneActionException>(() => Lab.RunAsync(new AnnounceAddress(ns, "nosuch0", "10.9.0.100")));

        Assert.Contains("device 'nosuch0': No such device", failure.Message);
    }

    [RootFact]
    public async Task Announce_OfSomethingThatIsNoIpv4Address_IsRefused()
    {
        var ns = (await Lab.CreateAsync(1))[0];

        var notAnAddress = await Assert.ThrowsAsync<DataPlaneActionException>(() => Lab.RunAsync(new AnnounceAddress(ns, "lo", "eip-1")));
        var ipv6 = await Assert.ThrowsAsync<DataPlaneActionException>(() => Lab.RunAsync(new AnnounceAddress(ns, "lo", "2001:db8::1")));

        Assert.Contains("not an IP address", notAnAddress.Message);
        Assert.Contains("not an IPv4 address", ipv6.Message);
    }
}
