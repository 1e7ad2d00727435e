using OpenEip.Cli.Common;
using OpenEip.Cli.Output;
using Spectre.Console;

namespace OpenEip.Cli.Verbs;

/// <summary>
/// Waits until deleted resources are no longer listed, polling with the back-off of <see cref="StatusWait"/>:
/// Alibaba deletes instances and NAT gateways in the background (a Describe still lists them for a while), and a
/// script that deletes a VPC next needs them gone.
/// </summary>
public static class GoneWait
{
    public static async Task UntilGoneAsync(
        CliSession session, ResourceReader reader, IReadOnlyList<string> ids, TimeSpan timeout, string what, CancellationToken cancellationToken)
    {
        await session.Renderer.Status.Status().Spinner(Spinner.Known.Dots).StartAsync($"Waiting for {what} to be gone…", async context =>
        {
            var deadline = session.Clock.GetUtcNow() + timeout;
            var delay = TimeSpan.FromMilliseconds(100);
            while (true)
            {
                var left = await reader.ManyAsync(session, ids, cancellationToken);
                if (left.Count == 0)
                    return;
                context.Status($"Waiting for {what}: {ids.Count - left.Count} of {ids.Count} gone…");
                if (session.Clock.GetUtcNow() + delay > deadline)
                {
                    var still = left.Select(item => $"{Fields.Text(item, reader.IdField)} is {Fields.Text(item, reader.StatusField)}");
                    throw new CliException($"Gave up after {timeout.TotalSeconds:0} s waiting for deletion: {string.Join(", ", still)}.", ExitCodes.Timeout);
                }

                await Task.Delay(delay, session.Clock, cancellationToken);
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 2000));
            }
        });
    }
}
