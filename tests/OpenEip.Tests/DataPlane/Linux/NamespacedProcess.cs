using System.Diagnostics;
using System.Text;
using System.Threading.Channels;

namespace OpenEip.Tests.DataPlane.Linux;

/// <summary>A process started inside a namespace (<c>ip netns exec</c>), read line by line; killed by its id when the test ends.</summary>
internal sealed class NamespacedProcess : IDisposable
{
    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly StringBuilder _errors = new();

    private NamespacedProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
                _lines.Writer.TryComplete();
            else
                _lines.Writer.TryWrite(e.Data);
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_errors)
                _errors.AppendLine(e.Data);
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public static NamespacedProcess Start(string ns, params string[] command)
    {
        var start = new ProcessStartInfo("ip")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (string[])["netns", "exec", ns, .. command])
            start.ArgumentList.Add(argument);
        return new NamespacedProcess(Process.Start(start)!);
    }

    /// <summary>The next line of output, within a bounded time.</summary>
    public async Task<string> ReadLineAsync(int seconds = 10)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        try
        {
            if (await _lines.Reader.WaitToReadAsync(timeout.Token) && _lines.Reader.TryRead(out var line))
                return line;
            throw new InvalidOperationException($"the process ended without a line; stderr: {Errors}");
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no line within {seconds} s; stderr: {Errors}");
        }
    }

    public async Task WriteLineAsync(string line)
    {
        await _process.StandardInput.WriteLineAsync(line);
        await _process.StandardInput.FlushAsync();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
    }

    private string Errors
    {
        get
        {
            lock (_errors)
                return _errors.ToString();
        }
    }
}
