using OpenEip.DataPlane.Actions;

namespace OpenEip.Tests.DataPlane.Linux;

/// <summary>IpCommands: one <c>ip -n NS -b -</c> batch per action.</summary>
public sealed class IpCommandsTests : LinuxLabTest
{
    [RootFact]
    public async Task Lines_AreAppliedInTheNamespace()
    {
        var (ns, other) = await TwoAsync();

        await Lab.RunAsync(new IpCommands(ns, [
            "link add b0 address 02:00:00:00:07:01 type bridge",
            "addr add 10.7.1.1/24 dev b0",
            "link set b0 up",
            "route add 10.7.2.0/24 via 10.7.1.2 dev b0 onlink",
        ]));

        Assert.Contains("02:00:00:00:07:01", await LinuxLab.ShAsync("ip", "-n", ns, "link", "show", "b0"));
        Assert.Contains("10.7.2.0/24 via 10.7.1.2", await LinuxLab.ShAsync("ip", "-n", ns, "route"));
        Assert.DoesNotContain("b0", await LinuxLab.ShAsync("ip", "-n", other, "link"));
    }

    [RootFact]
    public async Task AFailingLine_FailsTheActionWithTheLineAndWhatIpSaid()
    {
        var (ns, _) = await TwoAsync();
        var action = new IpCommands(ns, ["addr add 10.7.1.1/32 dev lo", "link set nosuch up", "addr add 10.7.1.2/32 dev lo"]);

        var failure = await Assert.ThrowsAsync<DataPlaneActionException>(() => Lab.RunAsync(action));

        Assert.Equal(action, failure.Action);
        Assert.Contains("line 2 'link set nosuch up'", failure.Message);
        Assert.Contains("Cannot find device \"nosuch\"", failure.Message);
        var addresses = await LinuxLab.ShAsync("ip", "-n", ns, "addr", "show", "lo");
        Assert.Contains("10.7.1.1/32", addresses);
        Assert.DoesNotContain("10.7.1.2/32", addresses);
    }

    [RootFact]
    public async Task IgnoreErrors_SkipsFailingLines_AndAppliesTheRest()
    {
        var (ns, _) = await TwoAsync();
        await Lab.RunAsync(new IpCommands(ns, ["addr add 10.7.1.1/32 dev lo"]));

        await Lab.RunAsync(new IpCommands(ns, [
            "addr add 10.7.1.1/32 dev lo",
            "addr del 10.7.9.9/32 dev lo",
            "link set nosuch up",
            "addr add 10.7.1.2/32 dev lo",
        ], IgnoreErrors: true));

        Assert.Contains("10.7.1.2/32", await LinuxLab.ShAsync("ip", "-n", ns, "addr", "show", "lo"));
    }

    [RootFact]
    public async Task IgnoreErrors_DoesNotHideAMissingNamespace()
    {
        var missing = Lab.Name();

        var failure = await Assert.ThrowsAsync<DataPlaneActionException>(() =>
            Lab.RunAsync(new IpCommands(missing, ["addr add 10.7.1.1/32 dev lo"], IgnoreErrors: true)));

        Assert.Contains("Cannot open network namespace", failure.Message);
    }

    [RootFact]
    public async Task ALineHoldingALineBreak_IsRefused()
    {
        var (ns, _) = await TwoAsync();

        var failure = await Assert.ThrowsAsync<DataPlaneActionException>(() =>
            Lab.RunAsync(new IpCommands(ns, ["addr add 10.7.1.1/32 dev lo\nlink del lo"])));

        Assert.Contains("line break", failure.Message);
    }

    private async Task<(string, string)> TwoAsync()
    {
        var names = await Lab.CreateAsync(2);
        return (names[0], names[1]);
    }
}
