using System.Globalization;
using OpenEip.Cli.Common;

namespace OpenEip.Cli.Generic;

/// <summary><c>--waiter expr=… to=… [timeout=…] [interval=…]</c>: repeat the call until the JMESPath value is <c>to</c>.</summary>
public sealed record WaiterSpec(string Expression, string Target, TimeSpan Timeout, TimeSpan Interval)
{
    public static WaiterSpec Parse(IReadOnlyDictionary<string, string> settings)
    {
        foreach (var key in settings.Keys.Where(k => k is not ("expr" or "to" or "timeout" or "interval")))
            throw new CliException($"--waiter takes expr=, to=, timeout= and interval=, not '{key}='.");
        if (!settings.TryGetValue("expr", out var expression) || expression.Length == 0)
            throw new CliException("--waiter needs expr=<JMESPath>, e.g. expr='EipAddresses.EipAddress[0].Status'.");
        if (!settings.TryGetValue("to", out var target))
            throw new CliException("--waiter needs to=<value>, e.g. to=InUse.");
        return new WaiterSpec(expression, target, Seconds(settings, "timeout", 180), Seconds(settings, "interval", 1));
    }

    private static TimeSpan Seconds(IReadOnlyDictionary<string, string> settings, string key, double fallback)
    {
        if (!settings.TryGetValue(key, out var text))
            return TimeSpan.FromSeconds(fallback);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || seconds <= 0 || seconds > 86_400)
            throw new CliException($"--waiter {key}= takes seconds (above 0, at most 86400), not '{text}'.");
        return TimeSpan.FromSeconds(seconds);
    }
}
