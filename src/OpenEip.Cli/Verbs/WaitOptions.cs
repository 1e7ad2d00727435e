using System.CommandLine;
using System.Text.Json;
using OpenEip.Cli.Common;

namespace OpenEip.Cli.Verbs;

/// <summary>
/// <c>--no-wait</c> and <c>--timeout</c> of the verbs that start something asynchronous (on Alibaba instances take
/// seconds to start, ENIs to attach, NAT gateways to be created): by default the verb waits for the resting state
/// with a spinner, so the next command of a script finds the resource usable.
/// </summary>
public static class WaitOptions
{
    public static readonly Option<bool> NoWait = new("--no-wait") { Description = "Return once the server accepts the call, without waiting for the resting state" };

    public static readonly Option<int> Timeout = new("--timeout")
    {
        Description = "Seconds to wait for the resting state (default 120)",
        DefaultValueFactory = _ => 120,
    };

    /// <summary>The resources as they are now (<c>--no-wait</c>), or once each shows <paramref name="status"/>.</summary>
    public static Task<IReadOnlyList<JsonElement>> SettleAsync(
        ParseResult result, CliSession session, ResourceReader reader, IReadOnlyList<string> ids, string status, CancellationToken cancellationToken) =>
        result.GetValue(NoWait)
            ? reader.ManyAsync(session, ids, cancellationToken)
            : StatusWait.UntilAsync(session, ids, status, TimeoutOf(result), What(reader, ids),
                (pending, ct) => reader.ManyAsync(session, pending, ct), reader.IdField, reader.StatusField, cancellationToken);

    /// <summary>Waits until none of the resources is listed any more (unless <c>--no-wait</c>).</summary>
    public static Task GoneAsync(ParseResult result, CliSession session, ResourceReader reader, IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        result.GetValue(NoWait)
            ? Task.CompletedTask
            : GoneWait.UntilGoneAsync(session, reader, ids, TimeoutOf(result), What(reader, ids), cancellationToken);

    private static TimeSpan TimeoutOf(ParseResult result) => TimeSpan.FromSeconds(Math.Max(1, result.GetValue(Timeout)));

    private static string What(ResourceReader reader, IReadOnlyList<string> ids) => ids.Count == 1 ? ids[0] : $"{ids.Count} {reader.Noun}s";
}
