using OpenEip.DataPlane.Actions;

namespace OpenEip.Tests.DataPlane.Linux;

/// <summary>DeleteConntrack: an unbound mapping's open connections die at once (elements first, then conntrack: recipe §2, P5).</summary>
public sealed class ConntrackTests : LinuxLabTest
{
    [RootFact]
    public async Task Unbinding_ElementsThenConntrack_CutsAnOpenConnectionThroughTheNat()
    {
        var nat = await NatLab.BuildAsync(Lab);
        await Lab.StartServerAsync(nat.Vm, "0.0.0.0", 8080, "vm");
        var client = Lab.StartPython(nat.Inet, PythonScripts.Client, NatLab.Eip, "8080");
        Assert.StartsWith($"vm peer={NatLab.Client}:", await client.ReadLineAsync());
        await client.WriteLineAsync("one");
        Assert.Equal("echo one", await client.ReadLineAsync());

        // The elements alone do not stop a connection that conntrack already NATs.
        await Lab.RunAsync(nat.Unmap());
        await client.WriteLineAsync("two");
        Assert.Equal("echo two", await client.ReadLineAsync());
        var refused = Lab.StartPython(nat.Inet, PythonScripts.Client, NatLab.Eip, "8080");
        Assert.Equal("ERR ConnectionRefusedError", await refused.ReadLineAsync());

        await Lab.RunAsync(
            new DeleteConntrack(nat.Gateway, ["--orig-dst", NatLab.Eip, "--reply-src", NatLab.Private]),
            new DeleteConntrack(nat.Gateway, ["--orig-src", NatLab.Private, "--reply-dst", NatLab.Eip]));
        await client.WriteLineAsync("three");

        Assert.Equal("ERR ConnectionResetError", await client.ReadLineAsync());
    }

    [RootFact]
    public async Task NothingToDelete_IsSuccess()
    {
        var ns = (await Lab.CreateAsync(1))[0];

        await Lab.RunAsync(new DeleteConntrack(ns, ["--orig-dst", "203.0.113.99"]));
    }

    [RootFact]
    public async Task AFilterConntrackRefuses_FailsWithWhatItSaid()
    {
        var ns = (await Lab.CreateAsync(1))[0];
        var action = new DeleteConntrack(ns, ["--no-such-option"]);

        var failure = await Assert.ThrowsAsync<DataPlaneActionException>(() => Lab.RunAsync(action));

        Assert.Equal(action, failure.Action);
        Assert.Contains("unknown option", failure.Message);
    }
}
