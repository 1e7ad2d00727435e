using OpenEip.Cli.Api;
using OpenEip.Cli.Common;
using Spectre.Console;

namespace OpenEip.Cli.Verbs;

/// <summary>
/// One call per item with a progress bar on standard error. A refused item does not stop the others: each
/// refusal is printed with its Code and RequestId, and the batch then fails with the first one.
/// </summary>
public static class Batch
{
    public static async Task<IReadOnlyList<string>> RunAsync(
        CliSession session, string title, IReadOnlyList<string> items, Func<string, CancellationToken, Task> call, CancellationToken cancellationToken)
    {
        if (items.Count == 1)
        {
            await call(items[0], cancellationToken);
            return items;
        }

        var done = new List<string>();
        var failures = new List<(string Item, Exception Error)>();
        await session.Renderer.Status.Progress().AutoClear(false).StartAsync(async context =>
        {
            var task = context.AddTask(title, maxValue: items.Count);
            foreach (var item in items)
            {
                try
                {
                    await call(item, cancellationToken);
                    done.Add(item);
                }
                catch (ApiCallException e)
                {
                    failures.Add((item, e));
                }

                task.Increment(1);
            }
        });
        foreach (var (item, error) in failures)
        {
            var api = (ApiCallException)error;
            Console.Error.WriteLine($"{item}: {api.Code}: {api.Message} (RequestId {api.RequestId})");
        }

        if (failures.Count > 0)
        {
            Console.Error.WriteLine($"{done.Count} of {items.Count} done, {failures.Count} refused.");
            throw failures[0].Error;
        }

        return done;
    }
}
