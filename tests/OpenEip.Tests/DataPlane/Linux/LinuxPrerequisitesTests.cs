using OpenEip.DataPlane.Linux;

namespace OpenEip.Tests.DataPlane.Linux;

/// <summary>What the server will say when the nftables driver cannot run here.</summary>
public sealed class LinuxPrerequisitesTests
{
    [RootFact]
    public void Check_OnAHostWithEverything_FindsNoProblem() => Assert.Empty(LinuxPrerequisites.Check());

    [Fact]
    public void Check_WithoutTheToolsOrTheLibrary_SaysWhatToInstall()
    {
        var problems = LinuxPrerequisites.Check("/nonexistent", "libopeneip-no-such-library.so.1");

        if (!OperatingSystem.IsLinux())
        {
            Assert.Contains("runs only on Linux", Assert.Single(problems));
            return;
        }
        Assert.Contains(problems, p => p.Contains("libopeneip-no-such-library.so.1 cannot be loaded"));
        Assert.Contains(problems, p => p.Contains("'ip' is not on PATH (install Debian's iproute2)"));
        Assert.Contains(problems, p => p.Contains("'conntrack' is not on PATH (install Debian's conntrack)"));
    }
}
