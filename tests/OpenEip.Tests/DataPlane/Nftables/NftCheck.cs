using System.Diagnostics;

namespace OpenEip.Tests.DataPlane.Nftables;

/// <summary>
/// Runs generated scripts through nft 1.0.6 in a throwaway network namespace (<c>unshare --net</c>): the
/// earlier scripts are applied there, the last is checked with <c>nft -c</c>. The namespace ends with the
/// process, so nothing on the machine changes. Needs root, nft and unshare.
/// </summary>
internal static class NftCheck
{
    public static string? Unavailable { get; } = Probe();

    public static void Passes(IReadOnlyList<string> applied, string checkedScript)
    {
        var dir = Directory.CreateTempSubdirectory("openeip-nft-");
        try
        {
            var files = applied.Append(checkedScript).Select((script, i) =>
            {
                var path = Path.Combine(dir.FullName, $"{i}.nft");
                File.WriteAllText(path, script);
                return path;
            }).ToList();
            var steps = files.Take(files.Count - 1).Select(f => $"nft -f '{f}'").Append($"nft -c -f '{files[^1]}'");
            var (code, output) = Run("unshare", "--net", "sh", "-c", string.Join(" && ", steps));
            Assert.True(code == 0, $"nft refused a generated script:\n{output}\n--- checked script ---\n{checkedScript}");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux())
            return "nft checks run on Linux only.";
        if (!Environment.IsPrivilegedProcess)
            return "nft checks need root (nft -c talks to the kernel); run the tests as root to check the generated scripts.";
        foreach (var tool in new[] { "nft", "unshare" })
        {
            if (Run("sh", "-c", $"command -v {tool}").Code != 0)
                return $"{tool} is not on PATH; install nftables and util-linux to check the generated scripts.";
        }

        return null;
    }

    private static (int Code, string Output) Run(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr);
    }
}
