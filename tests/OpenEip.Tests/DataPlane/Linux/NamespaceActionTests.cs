using OpenEip.DataPlane.Actions;

namespace OpenEip.Tests.DataPlane.Linux;

/// <summary>CreateNamespace / DeleteNamespace and the namespace listing, against the real kernel.</summary>
public sealed class NamespaceActionTests : LinuxLabTest
{
    [RootFact]
    public async Task Create_MakesTheNamespaceWithItsLoopbackUp_AndListsIt()
    {
        var ns = Lab.Name();
        await Lab.RunAsync(new CreateNamespace(ns));

        Assert.Contains(ns, await Lab.Executor.ListNamespacesAsync(CancellationToken.None));
        Assert.Contains("<LOOPBACK,UP,LOWER_UP>", await LinuxLab.ShAsync("ip", "-n", ns, "link", "show", "lo"));
    }

    [RootFact]
    public async Task Create_Twice_IsANoOpThatKeepsWhatIsInside()
    {
        var ns = Lab.Name();
        await Lab.RunAsync(new CreateNamespace(ns), new IpCommands(ns, ["addr add 10.7.0.1/32 dev lo"]));
        await Lab.RunAsync(new CreateNamespace(ns), new CreateNamespace(ns));

        Assert.Contains("10.7.0.1/32", await LinuxLab.ShAsync("ip", "-n", ns, "addr", "show", "lo"));
    }

    [RootFact]
    public async Task Create_ExistingNamespaceWithLoopbackDown_BringsItUp()
    {
        var ns = Lab.Name();
        await LinuxLab.ShAsync("ip", "netns", "add", ns);

        await Lab.RunAsync(new CreateNamespace(ns));

        Assert.Contains("<LOOPBACK,UP,LOWER_UP>", await LinuxLab.ShAsync("ip", "-n", ns, "link", "show", "lo"));
    }

    [RootFact]
    public async Task Create_ManyInOneCall_CreatesEveryOne()
    {
        var names = await Lab.CreateAsync(20);

        var listed = await Lab.Executor.ListNamespacesAsync(CancellationToken.None);
        Assert.All(names, n => Assert.Contains(n, listed));
        Assert.Contains("<LOOPBACK,UP,LOWER_UP>", await LinuxLab.ShAsync("ip", "-n", names[^1], "link", "show", "lo"));
    }

    [RootFact]
    public async Task Delete_Twice_AndOfANamespaceThatNeverExisted_Succeeds()
    {
        var ns = Lab.Name();
        var never = Lab.Name();
        await Lab.RunAsync(new CreateNamespace(ns));

        await Lab.RunAsync(new DeleteNamespace(ns), new DeleteNamespace(ns), new DeleteNamespace(never));
        await Lab.RunAsync(new DeleteNamespace(ns));

        Assert.DoesNotContain(ns, await Lab.Executor.ListNamespacesAsync(CancellationToken.None));
        Assert.False(File.Exists("/run/netns/" + ns));
    }

    [RootFact]
    public async Task Create_WithANameThatIsNoFileName_FailsNamingTheAction()
    {
        var action = new CreateNamespace("../etc");

        var failure = await Assert.ThrowsAsync<DataPlaneActionException>(() => Lab.RunAsync(action));

        Assert.Equal(action, failure.Action);
        Assert.Contains("not a valid network namespace name", failure.Message);
    }

    [RootFact]
    public async Task Execute_StopsAtTheFirstFailure_AndKeepsWhatWentBefore()
    {
        var before = Lab.Name();
        var after = Lab.Name();

        await Assert.ThrowsAsync<DataPlaneActionException>(() => Lab.RunAsync(
            new CreateNamespace(before),
            new IpCommands(before, ["link set nosuchdevice up"]),
            new CreateNamespace(after)));

        Assert.True(File.Exists("/run/netns/" + before));
        Assert.False(File.Exists("/run/netns/" + after));
    }
}
