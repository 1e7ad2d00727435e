using OpenEip.DataPlane.Actions;

namespace OpenEip.Tests.DataPlane.Linux;

/// <summary>A mini topology built only with the executor's actions carries real TCP both ways through a 1:1 NAT.</summary>
public sealed class NatTopologyTests : LinuxLabTest
{
    [RootFact]
    public async Task TwoNamespacesAVethAndA1To1Nat_CarryTcp_WithTheRealAddressesSeenOnEachSide()
    {
        // edge (198.51.100.10, "the internet") ── veth ── host (up0 198.51.100.1; private 10.0.0.11; EIP 203.0.113.5 by nft).
        var names = await Lab.CreateAsync(2);
        var (edge, host) = (names[0], names[1]);
        await Lab.RunAsync(
            new IpCommands(host, [
                $"link add up0 type veth peer name eth0 netns {edge}",
                "addr add 198.51.100.1/24 dev up0",
                "link set up0 up",
                "addr add 10.0.0.11/32 dev lo",
            ]),
            new IpCommands(edge, ["addr add 198.51.100.10/24 dev eth0", "link set eth0 up", "route add 203.0.113.0/24 via 198.51.100.1"]),
            new NftScript(host, """
                table ip openeip {
                  map eip2priv { type ipv4_addr : ipv4_addr; elements = { 203.0.113.5 : 10.0.0.11 } }
                  map priv2eip { type ipv4_addr : ipv4_addr; elements = { 10.0.0.11 : 203.0.113.5 } }
                  chain prerouting { type nat hook prerouting priority dstnat; policy accept; dnat to ip daddr map @eip2priv; }
                  chain postrouting { type nat hook postrouting priority srcnat; policy accept; oifname "up0" snat to ip saddr map @priv2eip; }
                }
                """));
        await Lab.StartServerAsync(host, "10.0.0.11", 8080, "host");
        await Lab.StartServerAsync(edge, "198.51.100.10", 9090, "edge");

        var inbound = Lab.StartPython(edge, PythonScripts.Client, "203.0.113.5", "8080");
        var outbound = Lab.StartPython(host, PythonScripts.Client, "198.51.100.10", "9090", "10.0.0.11");

        Assert.Matches(@"^host peer=198\.51\.100\.10:\d+ local=10\.0\.0\.11:8080$", await inbound.ReadLineAsync());
        Assert.Matches(@"^edge peer=203\.0\.113\.5:\d+ local=198\.51\.100\.10:9090$", await outbound.ReadLineAsync());
        await inbound.WriteLineAsync("hello");
        Assert.Equal("echo hello", await inbound.ReadLineAsync());
    }
}
