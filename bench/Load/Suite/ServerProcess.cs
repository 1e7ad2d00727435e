using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace OpenEip.LoadBench.Suite;

/// <summary>
/// A real server process (the Release build, `dotnet OpenEip.Server.dll --urls http://127.0.0.1:PORT`), as in
/// tests/Conformance/lib/server.mjs: its settings in the environment, its output to a log file. Start-up is timed from
/// the process start to the first 200 of /readyz (polled every 10 ms); memory is read from /proc.
/// </summary>
public sealed class ServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private ServerProcess(Process process, StreamWriter log, int port, TimeSpan startup)
    {
        _process = process;
        _log = log;
        Port = port;
        Startup = startup;
    }

    public int Port { get; }

    public int Pid => _process.Id;

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    /// <summary>From the process start to /readyz answering 200.</summary>
    public TimeSpan Startup { get; }

    public static async Task<ServerProcess> StartAsync(string dll, IReadOnlyDictionary<string, string> environment, string logPath, int? port = null)
    {
        var listen = port ?? FreePort();
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{listen}");
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment)
            info.Environment[name] = value;

        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        await log.WriteLineAsync($"--- start {DateTime.UtcNow:O} on port {listen}");
        var clock = Stopwatch.StartNew();
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (true)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"the server exited during start-up (code {process.ExitCode}); see {logPath}");
            try
            {
                using var answer = await http.GetAsync(new Uri($"http://127.0.0.1:{listen}/readyz"));
                if (answer.StatusCode == HttpStatusCode.OK)
                    break;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            if (clock.Elapsed > TimeSpan.FromMinutes(15))
            {
                process.Kill();
                throw new InvalidOperationException($"the server was not ready after 15 minutes; see {logPath}");
            }

            await Task.Delay(10);
        }

        return new ServerProcess(process, log, listen, clock.Elapsed);
    }

    /// <summary>Resident memory now and its peak (VmRSS, VmHWM), in MiB.</summary>
    public (double Rss, double Peak) Memory()
    {
        double Field(string name) =>
            File.ReadLines($"/proc/{Pid}/status").Where(l => l.StartsWith(name + ":", StringComparison.Ordinal))
                .Select(l => double.Parse(l[(name.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024).FirstOrDefault();
        return (Math.Round(Field("VmRSS"), 1), Math.Round(Field("VmHWM"), 1));
    }

    /// <summary>A graceful stop (SIGTERM: the server flushes its write-behind journal), SIGKILL after 30 s.</summary>
    public async Task StopAsync()
    {
        if (!_process.HasExited)
        {
            using (var kill = Process.Start("kill", ["-TERM", Pid.ToString(CultureInfo.InvariantCulture)]))
                await kill.WaitForExitAsync();
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill();
                await _process.WaitForExitAsync();
            }
        }

        await _log.WriteLineAsync($"--- stopped {DateTime.UtcNow:O} (exit code {_process.ExitCode})");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill();
        _process.Dispose();
        _log.Dispose();
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
            return;
        lock (log)
            log.WriteLine(line);
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
