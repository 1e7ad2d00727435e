using System.Text.Json;
using OpenEip.Cli.Common;
using OpenEip.Cli.Output;
using Spectre.Console;

namespace OpenEip.Cli.Verbs;

/// <summary>
/// Waits until every one of some resources shows a status, polling with a short back-off (the server confirms
/// in milliseconds, Alibaba in seconds), with a spinner on standard error.
/// </summary>
public static class StatusWait
{
    public static Task<IReadOnlyList<JsonElement>> UntilAsync(
        CliSession session, IReadOnlyList<string> ids, string status, TimeSpan timeout, string what,
        Func<IReadOnlyList<string>, CancellationToken, Task<IReadOnlyList<JsonElement>>> read, string idField, CancellationToken cancellationToken) =>
        UntilAsync(session, ids, status, timeout, what, read, idField, "Status", cancellationToken);

    /// <summary>As above, for a resource whose status is another field (ALB and NLB: <c>LoadBalancerStatus</c>).</summary>
    public static async Task<IReadOnlyList<JsonElement>> UntilAsync(
        CliSession session, IReadOnlyList<string> ids, string status, TimeSpan timeout, string what,
        Func<IReadOnlyList<string>, CancellationToken, Task<IReadOnlyList<JsonElement>>> read, string idField, string statusField, CancellationToken cancellationToken)
    {
        IReadOnlyList<JsonElement> items = [];
        await session.Renderer.Status.Status().Spinner(Spinner.Known.Dots).StartAsync($"Waiting for {what} to be {status}…", async context =>
        {
            var deadline = session.Clock.GetUtcNow() + timeout;
            var delay = TimeSpan.FromMilliseconds(100);
            while (true)
            {
                items = await read(ids, cancellationToken);
                var done = items.Count(item => Fields.Text(item, statusField) == status);
                if (done == ids.Count)
                    return;
                context.Status($"Waiting for {what}: {done} of {ids.Count} {status}…");
                if (session.Clock.GetUtcNow() + delay > deadline)
                {
                    var late = items.Where(item => Fields.Text(item, statusField) != status)
                        .Select(item => $"{Fields.Text(item, idField)} is {Fields.Text(item, statusField)}");
                    throw new CliException($"Gave up after {timeout.TotalSeconds:0} s waiting for {status}: {string.Join(", ", late)}.", ExitCodes.Timeout);
                }

                await Task.Delay(delay, session.Clock, cancellationToken);
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 2000));
            }
        });
        return items;
    }
}
