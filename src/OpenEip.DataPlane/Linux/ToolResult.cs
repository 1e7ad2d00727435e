namespace OpenEip.DataPlane.Linux;

/// <summary>How a tool process ended and what it printed.</summary>
internal sealed record ToolResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>What the tool said, for an error message: its stderr, else its stdout, else its exit code.</summary>
    public string Said =>
        StandardError.Trim() is { Length: > 0 } error ? error
        : StandardOutput.Trim() is { Length: > 0 } output ? output
        : $"exit code {ExitCode}";
}
