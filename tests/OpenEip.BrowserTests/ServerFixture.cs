using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace OpenEip.BrowserTests;

/// <summary>
/// A real OpenEip server process, as the conformance suite runs it (tests/Conformance/lib/server.mjs):
/// <c>dotnet OpenEip.Server.dll --urls http://127.0.0.1:&lt;free port&gt;</c> on a fresh data folder with a known operator
/// AccessKey. Ready when GET /healthz answers "ok" (bounded wait); killed and its data folder removed at the end.
/// The DLL is $OPENEIP_SERVER_DLL, else src/OpenEip.Server/bin/Release/net10.0/OpenEip.Server.dll under the repository.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public const string AccessKeyId = "LTAIbrowseroperator00000";

    /// <summary>How long a bind or unbind stays in its transitional state (the "none" driver's delay).</summary>
    public static readonly TimeSpan ConfirmDelay = TimeSpan.FromSeconds(2);

    private const int MaxLogLines = 2000;
    private static readonly TimeSpan s_startupTimeout = TimeSpan.FromSeconds(30);

    private readonly Queue<string> _log = new();
    private readonly IReadOnlyDictionary<string, string> _settings;
    private Process? _process;
    private string? _dataDir;
    private ServerDatabase? _database;
    private Uri? _baseUrl;

    /// <summary>The collection's server, with the default settings.</summary>
    public ServerFixture()
        : this(new Dictionary<string, string>())
    {
    }

    private ServerFixture(IReadOnlyDictionary<string, string> settings) => _settings = settings;

    /// <summary>
    /// A server of its own (the caller starts and disposes it), with more settings as environment variables
    /// (e.g. OpenEip__Clock__Adjustable): for a test that changes what every other test would see. xunit wants a
    /// fixture with one public constructor, hence a factory.
    /// </summary>
    public static ServerFixture WithSettings(IReadOnlyDictionary<string, string> settings) => new(settings);

    public string AccessKeySecret { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public Uri BaseUrl => _baseUrl ?? throw new InvalidOperationException("The server is not running (it is not started when Chromium is missing).");

    public OperatorRpc Rpc => new(BaseUrl, AccessKeyId, AccessKeySecret);

    /// <summary>What the server printed (its last lines).</summary>
    public string Log
    {
        get
        {
            lock (_log)
                return string.Join('\n', _log);
        }
    }

    public static string ServerDll =>
        Environment.GetEnvironmentVariable("OPENEIP_SERVER_DLL") is { Length: > 0 } configured
            ? configured
            : Path.Combine(RepoRoot.Location, "src", "OpenEip.Server", "bin", "Release", "net10.0", "OpenEip.Server.dll");

    public async Task InitializeAsync()
    {
        // Every test is skipped without Chromium: nothing to serve.
        if (Chromium.SkipReason is not null)
            return;

        var dll = ServerDll;
        if (!File.Exists(dll))
            throw new InvalidOperationException($"OpenEip server not built: {dll} does not exist (dotnet build OpenEip.slnx -c Release, or set OPENEIP_SERVER_DLL).");

        var baseUrl = new Uri($"http://127.0.0.1:{FreePort()}");
        _dataDir = Directory.CreateTempSubdirectory("openeip-browser-").FullName;
        var start = new ProcessStartInfo(DotnetHost())
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseUrl.GetLeftPart(UriPartial.Authority));
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["OpenEip__DataDir"] = _dataDir;
        start.Environment["OpenEip__Bootstrap__AccessKeyId"] = AccessKeyId;
        start.Environment["OpenEip__Bootstrap__AccessKeySecret"] = AccessKeySecret;
        // Long enough for a person (and a test) to see Associating before the page turns it to InUse by itself.
        start.Environment["OpenEip__DataPlane__ConfirmDelay"] = ConfirmDelay.ToString();
        _database = await ServerDatabase.CreateAsync();
        foreach (var (name, value) in _database.Environment())
            start.Environment[name] = value;
        foreach (var (name, value) in _settings)
            start.Environment[name] = value;

        try
        {
            _process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName} {dll}.");
            _process.OutputDataReceived += (_, e) => Append(e.Data);
            _process.ErrorDataReceived += (_, e) => Append(e.Data);
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
            await WaitUntilHealthyAsync(_process, baseUrl);
            _baseUrl = baseUrl;
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (_process is { } process)
        {
            _process = null;
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await process.WaitForExitAsync(timeout.Token);
            }

            process.Dispose();
        }

        if (_database is { } database)
        {
            _database = null;
            await database.DropAsync();
        }

        if (_dataDir is { } dataDir)
        {
            _dataDir = null;
            if (Directory.Exists(dataDir))
                Directory.Delete(dataDir, recursive: true);
        }
    }

    private async Task WaitUntilHealthyAsync(Process process, Uri baseUrl)
    {
        using var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(2) };
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"OpenEip server exited with {process.ExitCode} during startup:\n{Log}");
            try
            {
                using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK && await response.Content.ReadAsStringAsync() == "ok")
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // No answer within the client's timeout.
            }

            if (waited.Elapsed > s_startupTimeout)
                throw new TimeoutException($"OpenEip server did not answer GET /healthz with \"ok\" within {s_startupTimeout.TotalSeconds} s:\n{Log}");
            await Task.Delay(100);
        }
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_log)
        {
            _log.Enqueue(line);
            while (_log.Count > MaxLogLines)
                _log.Dequeue();
        }
    }

    /// <summary>The dotnet running the tests (dotnet test sets DOTNET_HOST_PATH), else the one on PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
