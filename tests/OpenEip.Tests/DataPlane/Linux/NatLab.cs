using OpenEip.DataPlane.Actions;

namespace OpenEip.Tests.DataPlane.Linux;

/// <summary>
/// The routed shape of a 1:1 NAT, built with the executor's own actions:
/// <c>inet</c> (198.51.100.10) ── veth ── <c>gw</c> (ext0 198.51.100.1, vm0 10.0.0.1; nft maps EIP ↔ private) ── veth ── <c>vm</c> (10.0.0.11).
/// The gateway routes the EIP block locally (recipe P4), so a packet to an EIP nobody maps is answered with a reset.
/// </summary>
internal sealed record NatLab(string Inet, string Gateway, string Vm)
{
    public const string Eip = "203.0.113.5";
    public const string Private = "10.0.0.11";
    public const string Client = "198.51.100.10";

    public static async Task<NatLab> BuildAsync(LinuxLab lab)
    {
        var names = await lab.CreateAsync(3);
        var nat = new NatLab(names[0], names[1], names[2]);
        await lab.RunAsync(
            new IpCommands(nat.Gateway, [
                $"link add ext0 type veth peer name eth0 netns {nat.Inet}",
                $"link add vm0 type veth peer name eth0 netns {nat.Vm}",
                "addr add 198.51.100.1/24 dev ext0",
                "link set ext0 up",
                "addr add 10.0.0.1/24 dev vm0",
                "link set vm0 up",
                "route add local 203.0.113.0/24 dev lo table main",
            ]),
            new IpCommands(nat.Inet, [$"addr add {Client}/24 dev eth0", "link set eth0 up", "route add 203.0.113.0/24 via 198.51.100.1"]),
            new IpCommands(nat.Vm, [$"addr add {Private}/24 dev eth0", "link set eth0 up", "route add default via 10.0.0.1"]),
            new SetSysctl(nat.Gateway, "net.ipv4.ip_forward", "1"),
            new NftScript(nat.Gateway, """
                table ip openeip {
                  map eip2priv { type ipv4_addr : ipv4_addr; }
                  map priv2eip { type ipv4_addr : ipv4_addr; }
                  chain prerouting { type nat hook prerouting priority dstnat; policy accept; dnat to ip daddr map @eip2priv; }
                  chain postrouting { type nat hook postrouting priority srcnat; policy accept; oifname "ext0" snat to ip saddr map @priv2eip; }
                }
                """),
            nat.Map());
        return nat;
    }

    public NftScript Map() => new(Gateway, $"add element ip openeip eip2priv {{ {Eip} : {Private} }}\nadd element ip openeip priv2eip {{ {Private} : {Eip} }}");

    public NftScript Unmap() => new(Gateway, $"delete element ip openeip eip2priv {{ {Eip} }}\ndelete element ip openeip priv2eip {{ {Private} }}");
}
