using OpenEip.DataPlane.Actions;

namespace OpenEip.Tests.DataPlane.Linux;

/// <summary>A tool that cannot be started is a failure of the action, like any other. Runs alone: it changes the process's PATH.</summary>
[Collection(SerialLinuxTests.Name)]
public sealed class MissingToolTests : LinuxLabTest
{
    [RootFact]
    public async Task AToolMissingFromPath_FailsTheActionNamingIt()
    {
        var ns = (await Lab.CreateAsync(1))[0];
        var action = new DeleteConntrack(ns, ["--orig-dst", "203.0.113.5"]);
        var path = Environment.GetEnvironmentVariable("PATH");
        DataPlaneActionException failure;
        try
        {
            Environment.SetEnvironmentVariable("PATH", "/nonexistent");
            failure = await Assert.ThrowsAsync<DataPlaneActionException>(() => Lab.RunAsync(action));
        }
        finally
        {
            Environment.SetEnvironmentVariable("PATH", path);
        }

        Assert.Equal(action, failure.Action);
        Assert.Contains("Win32Exception", failure.Message);
    }
}
