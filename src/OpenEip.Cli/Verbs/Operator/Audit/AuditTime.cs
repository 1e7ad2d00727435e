using System.Globalization;
using System.Text.RegularExpressions;
using OpenEip.Cli.Common;

namespace OpenEip.Cli.Verbs.Operator.Audit;

/// <summary>
/// <c>--since</c> and <c>--until</c> as people write them: a time (<c>2026-05-01T09:30:00Z</c>, with an offset, or a
/// date alone, read as UTC midnight) or an age (<c>30m</c>, <c>12h</c>, <c>7d</c>: that long before now on this
/// computer's clock). DescribeAuditEvents takes UTC to the second, so that is what comes out.
/// </summary>
public static partial class AuditTime
{
    public static string Parse(string option, string text, DateTimeOffset now)
    {
        var age = Age().Match(text);
        if (age.Success)
        {
            var amount = long.Parse(age.Groups[1].Value, CultureInfo.InvariantCulture);
            var span = age.Groups[2].Value switch
            {
                "s" => TimeSpan.FromSeconds(amount),
                "m" => TimeSpan.FromMinutes(amount),
                "h" => TimeSpan.FromHours(amount),
                _ => TimeSpan.FromDays(amount),
            };
            return Format(now - span);
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
            return Format(time);
        throw new CliException($"{option} takes a time such as 2026-05-01T09:30:00Z (or a date), or an age such as 30m, 12h or 7d; not '{text}'.");
    }

    private static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    [GeneratedRegex("^([0-9]{1,6})([smhd])$")]
    private static partial Regex Age();
}
