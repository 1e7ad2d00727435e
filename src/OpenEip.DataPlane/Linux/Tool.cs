using System.Diagnostics;

namespace OpenEip.DataPlane.Linux;

/// <summary>Runs a host tool (<c>ip</c>, <c>conntrack</c>) without a shell, feeding stdin and collecting its output.</summary>
internal static class Tool
{
    public static async Task<ToolResult> RunAsync(string file, IEnumerable<string> arguments, string? input, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(file)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        // The messages are matched ("0 flow entries", "Command failed -:N"): keep them in English.
        start.Environment["LC_ALL"] = "C";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {file}");
        try
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            try
            {
                if (input is not null)
                    await process.StandardInput.WriteAsync(input.AsMemory(), cancellationToken);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // The tool exited before reading all of its input (ip with a namespace that does not exist): its stderr says why.
            }
            await process.WaitForExitAsync(cancellationToken);
            return new ToolResult(process.ExitCode, await output, await error);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            throw;
        }
    }
}
