using System.Text.Json;
using OpenEip.Cli.Api;
using OpenEip.Cli.Common;

namespace OpenEip.Cli.Generic;

/// <summary>Repeats a call until a JMESPath expression over its answer has the awaited value (aliyun's <c>--waiter</c>).</summary>
public static class Waiter
{
    public static async Task<JsonElement> WaitAsync(
        ApiClient client, Product product, string action, ParameterList parameters, WaiterSpec spec, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var deadline = clock.GetUtcNow() + spec.Timeout;
        while (true)
        {
            var body = await client.CallAsync(product, action, parameters, cancellationToken);
            var value = JsonQuery.Evaluate(body, spec.Expression);
            if (value == spec.Target)
                return body;
            if (clock.GetUtcNow() + spec.Interval > deadline)
            {
                throw new CliException(
                    $"Gave up after {spec.Timeout.TotalSeconds:0.#} s: {spec.Expression} is {(value is null ? "empty" : $"'{value}'")}, not '{spec.Target}'.",
                    ExitCodes.Timeout);
            }

            await Task.Delay(spec.Interval, clock, cancellationToken);
        }
    }
}
