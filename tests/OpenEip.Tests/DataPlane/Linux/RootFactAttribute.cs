using OpenEip.DataPlane.Linux;

namespace OpenEip.Tests.DataPlane.Linux;

/// <summary>
/// A test that needs what the nftables data plane needs (Linux, root, libnftables, ip, conntrack) plus python3
/// for its servers and clients; elsewhere it is skipped with the reason (xunit 2 skips a fact whose Skip is set).
/// </summary>
public sealed class RootFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> s_reason = new(Reason);

    public RootFactAttribute()
    {
        if (s_reason.Value is { } reason)
            Skip = reason;
    }

    private static string? Reason()
    {
        var problems = LinuxPrerequisites.Check().ToList();
        if (OperatingSystem.IsLinux() && LinuxPrerequisites.FindOnPath("python3", Environment.GetEnvironmentVariable("PATH")) is null)
            problems.Add("python3 is not on PATH (the tests' servers and clients)");
        return problems.Count == 0 ? null : "needs the nftables data plane's host (scripts/test.sh as root installs it): " + string.Join("; ", problems);
    }
}
