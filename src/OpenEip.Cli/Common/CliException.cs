namespace OpenEip.Cli.Common;

/// <summary>A failure the CLI itself detected (bad usage, missing configuration, a wait that timed out): printed, never a stack trace.</summary>
public sealed class CliException : Exception
{
    public CliException()
    {
    }

    public CliException(string message)
        : this(message, ExitCodes.Usage)
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException) => ExitCode = ExitCodes.Usage;

    public CliException(string message, int exitCode)
        : base(message) => ExitCode = exitCode;

    public int ExitCode { get; } = ExitCodes.Usage;
}
