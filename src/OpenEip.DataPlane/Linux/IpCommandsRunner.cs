using Microsoft.Extensions.Logging;
using OpenEip.DataPlane.Actions;

namespace OpenEip.DataPlane.Linux;

/// <summary>
/// <see cref="IpCommands"/> as one <c>ip -n &lt;ns&gt; -b -</c> process with the lines on stdin (<c>ip</c> enters
/// the namespace itself, no <c>ip netns exec</c>). Without IgnoreErrors the batch stops at the first failing
/// line (the lines before it stay applied) and that line and ip's message are reported; with it
/// (<c>-force</c>) failing lines are skipped and only logged.
/// </summary>
internal sealed class IpCommandsRunner(ILogger logger)
{
    public async Task RunAsync(IpCommands action, CancellationToken cancellationToken)
    {
        if (action.Lines.Count == 0)
            return;
        try
        {
            NamespaceNames.Validate(action.Namespace);
        }
        catch (ArgumentException e)
        {
            throw new DataPlaneActionException(action, e.Message);
        }
        if (action.Lines.FirstOrDefault(l => l.Contains('\n') || l.Contains('\r')) is { } broken)
            throw new DataPlaneActionException(action, $"a line holds a line break (it would be two commands): '{broken.ReplaceLineEndings(" ")}'");

        string[] arguments = action.IgnoreErrors
            ? ["-force", "-n", action.Namespace, "-b", "-"]
            : ["-n", action.Namespace, "-b", "-"];
        var result = await Tool.RunAsync("ip", arguments, string.Concat(action.Lines.Select(l => l + "\n")), cancellationToken);
        if (result.ExitCode == 0)
            return;
        var errors = IpBatchErrors.Parse(result.StandardError);
        // Exit code 1 with "Command failed" lines means the batch ran; anything else (255: no such namespace) is a failure either way.
        if (action.IgnoreErrors && result.ExitCode == 1 && errors.Count > 0)
        {
            foreach (var (number, error) in errors)
                logger.LogDebug("ip -n {Namespace}: ignored failure of '{Line}': {Error}", action.Namespace, Line(action, number), error);
            return;
        }
        var first = errors.OrderBy(e => e.Key).FirstOrDefault();
        var detail = errors.Count > 0
            ? $"ip -n {action.Namespace}: line {first.Key} '{Line(action, first.Key)}': {first.Value}"
            : $"ip -n {action.Namespace}: {result.Said}";
        throw new DataPlaneActionException(action, detail);
    }

    private static string Line(IpCommands action, int number) =>
        number >= 1 && number <= action.Lines.Count ? action.Lines[number - 1] : "?";
}
