using OpenEip.DataPlane.Actions;
using OpenEip.DataPlane.Linux;

namespace OpenEip.Tests.DataPlane.Linux;

/// <summary>
/// What a root test works with: the executor, namespaces with unique <c>openeip-test-</c> names, host tools and
/// python peers. Disposing it stops the peers and deletes every namespace it named, also when the test failed.
/// </summary>
internal sealed class LinuxLab : IAsyncDisposable
{
    private readonly List<string> _namespaces = [];
    private readonly List<NamespacedProcess> _processes = [];

    public LinuxActionExecutor Executor { get; } = new();

    /// <summary>A fresh namespace name (not created yet); deleted at the end of the test.</summary>
    public string Name()
    {
        var name = "openeip-test-" + Guid.NewGuid().ToString("N")[..8];
        _namespaces.Add(name);
        return name;
    }

    /// <summary>Creates namespaces through the executor.</summary>
    public async Task<string[]> CreateAsync(int count)
    {
        var names = Enumerable.Range(0, count).Select(_ => Name()).ToArray();
        await RunAsync([.. names.Select(n => new CreateNamespace(n))]);
        return names;
    }

    public Task RunAsync(params DataPlaneAction[] actions) => Executor.ExecuteAsync(actions, CancellationToken.None);

    /// <summary>Runs a host tool and returns its stdout; a non-zero exit fails the test with what it said.</summary>
    public static async Task<string> ShAsync(params string[] command)
    {
        var result = await Tool.RunAsync(command[0], command[1..], null, CancellationToken.None);
        Assert.True(result.ExitCode == 0, $"{string.Join(' ', command)}: {result.Said}");
        return result.StandardOutput;
    }

    /// <summary>nft's view of one namespace's ruleset (or of the tables only).</summary>
    public static Task<string> NftAsync(string ns, params string[] arguments) => ShAsync(["ip", "netns", "exec", ns, "nft", .. arguments]);

    public NamespacedProcess StartPython(string ns, string script, params string[] arguments)
    {
        var process = NamespacedProcess.Start(ns, ["python3", "-u", "-c", script, .. arguments]);
        _processes.Add(process);
        return process;
    }

    /// <summary>Starts a <see cref="PythonScripts.Server"/> and waits until it listens.</summary>
    public async Task<NamespacedProcess> StartServerAsync(string ns, string host, int port, string name)
    {
        var server = StartPython(ns, PythonScripts.Server, host, port.ToString(), name);
        Assert.Equal("listening", await server.ReadLineAsync());
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
            process.Dispose();
        try
        {
            await RunAsync([.. _namespaces.Select(n => new DeleteNamespace(n))]);
        }
        finally
        {
            // Should the executor have failed, delete what is left directly, so that no test namespace outlives its test.
            foreach (var name in _namespaces.Where(n => File.Exists("/run/netns/" + n)))
                await Tool.RunAsync("ip", ["netns", "del", name], null, CancellationToken.None);
        }
    }
}
