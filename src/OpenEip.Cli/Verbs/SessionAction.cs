using System.CommandLine;
using OpenEip.Cli.Common;

namespace OpenEip.Cli.Verbs;

/// <summary>Gives a command an action that runs with a <see cref="CliSession"/> opened from the global options.</summary>
public static class SessionAction
{
    public static void SetSessionAction(this Command command, Func<ParseResult, CliSession, CancellationToken, Task<int>> action) =>
        command.SetAction(async (result, cancellationToken) =>
        {
            using var session = CliSession.Open(GlobalOptions.Read(result));
            return await action(result, session, cancellationToken);
        });
}
