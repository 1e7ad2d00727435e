using OpenEip.DataPlane.Actions;

namespace OpenEip.Tests.DataPlane.Linux;

/// <summary>SetSysctl: written from a thread inside the namespace, seen there only.</summary>
public sealed class SysctlTests : LinuxLabTest
{
    [RootFact]
    public async Task Set_ChangesTheNamespace_AndNeitherAnotherNorTheHost()
    {
        var names = await Lab.CreateAsync(2);
        var host = await LinuxLab.ShAsync("sysctl", "-n", "net.ipv4.ip_forward");

        await Lab.RunAsync(
            new SetSysctl(names[0], "net.ipv4.ip_forward", "1"),
            new SetSysctl(names[0], "net.bridge.bridge-nf-call-iptables", "0"));

        Assert.Equal("1", (await Read(names[0], "net.ipv4.ip_forward")).Trim());
        Assert.Equal("0", (await Read(names[0], "net.bridge.bridge-nf-call-iptables")).Trim());
        Assert.Equal("0", (await Read(names[1], "net.ipv4.ip_forward")).Trim());
        Assert.Equal("1", (await Read(names[1], "net.bridge.bridge-nf-call-iptables")).Trim());
        Assert.Equal(host, await LinuxLab.ShAsync("sysctl", "-n", "net.ipv4.ip_forward"));
    }

    [RootFact]
    public async Task Set_AKeyWithASlashForAnInterfaceNameWithADot()
    {
        var ns = (await Lab.CreateAsync(1))[0];
        await Lab.RunAsync(new IpCommands(ns, ["link add v.10 type veth peer name w10"]));

        await Lab.RunAsync(new SetSysctl(ns, "net/ipv4/conf/v.10/arp_announce", "2"));

        Assert.Equal("2", (await Read(ns, "net/ipv4/conf/v.10/arp_announce")).Trim());
    }

    [RootFact]
    public async Task Set_AKeyThatIsNotPerNamespace_IsRefused()
    {
        var ns = (await Lab.CreateAsync(1))[0];

        var failure = await Assert.ThrowsAsync<DataPlaneActionException>(() => Lab.RunAsync(new SetSysctl(ns, "kernel.hostname", "x")));
        var climbing = await Assert.ThrowsAsync<DataPlaneActionException>(() => Lab.RunAsync(new SetSysctl(ns, "net/../kernel/hostname", "x")));

        Assert.Contains("not a net.* sysctl key", failure.Message);
        Assert.Contains("not a net.* sysctl key", climbing.Message);
    }

    [RootFact]
    public async Task Set_AnUnknownKey_FailsWithWhatTheKernelSaid()
    {
        var ns = (await Lab.CreateAsync(1))[0];

        var failure = await Assert.ThrowsAsync<DataPlaneActionException>(() => Lab.RunAsync(new SetSysctl(ns, "net.ipv4.no_such_key", "1")));

        Assert.Contains("No such file or directory", failure.Message);
    }

    private static Task<string> Read(string ns, string key) => LinuxLab.ShAsync("ip", "netns", "exec", ns, "sysctl", "-n", key);
}
