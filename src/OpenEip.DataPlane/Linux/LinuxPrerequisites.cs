using System.Globalization;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using OpenEip.DataPlane.Linux.Native;

namespace OpenEip.DataPlane.Linux;

/// <summary>
/// What the nftables driver needs from the host, checked at start so that the server refuses
/// <c>OpenEip:DataPlane:Driver=nftables</c> with a message instead of failing on the first binding.
/// Gratuitous ARP is sent in process, so <c>arping</c> is not needed.
/// </summary>
public static class LinuxPrerequisites
{
    private const int CapNetAdmin = 12;
    private const int CapSysAdmin = 21;

    /// <summary>The problems, in words (empty: the driver can run here).</summary>
    public static IReadOnlyList<string> Check() =>
        Check(Environment.GetEnvironmentVariable("PATH"), Libnftables.Library);

    internal static IReadOnlyList<string> Check(string? searchPath, string nftablesLibrary)
    {
        if (!OperatingSystem.IsLinux())
            return [$"the nftables data plane runs only on Linux (this is {RuntimeInformation.OSDescription})"];
        var problems = new List<string>();
        if (!Environment.IsPrivilegedProcess)
            problems.Add("the nftables data plane must run as root (it creates network namespaces and programs nftables in them)");
        else if (MissingCapabilities() is { Length: > 0 } missing)
            problems.Add($"the process runs as root but lacks {missing} (a container without them cannot create or enter network namespaces)");
        if (!NativeLibrary.TryLoad(nftablesLibrary, out var handle))
            problems.Add($"{nftablesLibrary} cannot be loaded (install Debian's libnftables1)");
        else
            NativeLibrary.Free(handle);
        foreach (var (tool, package) in new[] { ("ip", "iproute2"), ("conntrack", "conntrack") })
        {
            if (FindOnPath(tool, searchPath) is null)
                problems.Add($"'{tool}' is not on PATH (install Debian's {package})");
        }
        if (File.Exists(NamespaceNames.Directory) || !Directory.Exists(Path.GetDirectoryName(NamespaceNames.Directory)))
            problems.Add($"{NamespaceNames.Directory} is not usable for named network namespaces (it must be a directory, or /run must exist so that ip can create it)");
        return problems;
    }

    [SupportedOSPlatform("linux")]
    internal static string? FindOnPath(string tool, string? searchPath) =>
        (searchPath ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, tool))
            .FirstOrDefault(file => File.Exists(file) && (File.GetUnixFileMode(file) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0);

    /// <summary>CAP_NET_ADMIN and CAP_SYS_ADMIN (setns, mounting namespace files) in the effective set, from /proc/self/status.</summary>
    private static string MissingCapabilities()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("CapEff:", StringComparison.Ordinal));
        if (line is null || !ulong.TryParse(line["CapEff:".Length..].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var effective))
            return "";
        var missing = new List<string>();
        if ((effective & (1UL << CapNetAdmin)) == 0)
            missing.Add("CAP_NET_ADMIN");
        if ((effective & (1UL << CapSysAdmin)) == 0)
            missing.Add("CAP_SYS_ADMIN");
        return string.Join(" and ", missing);
    }
}
