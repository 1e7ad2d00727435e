using System.Globalization;

namespace OpenEip.Core.Nat;

/// <summary>
/// A DNAT port as Alibaba writes it: "any" (all ports, for IP mapping), one port "80", or a range
/// "10/20". Overlap is what the uniqueness rules of DNAT entries are about.
/// </summary>
public readonly record struct PortRange(int First, int Last, bool IsAny = false)
{
    public const string AnyText = "any";

    public static readonly PortRange Any = new(1, 65535, IsAny: true);

    public int Count => Last - First + 1;

    /// <summary>Null unless "any", 1–65535, or "a/b" with 1 ≤ a ≤ b ≤ 65535.</summary>
    public static PortRange? Parse(string? text)
    {
        if (text is null)
            return null;
        if (string.Equals(text, AnyText, StringComparison.OrdinalIgnoreCase))
            return Any;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
            return ParsePort(text) is { } port ? new PortRange(port, port) : null;
        return ParsePort(text[..slash]) is { } first && ParsePort(text[(slash + 1)..]) is { } last && first <= last
            ? new PortRange(first, last)
            : null;
    }

    public bool Overlaps(PortRange other) => First <= other.Last && other.First <= Last;

    /// <summary>The wire form: "any", "80" or "10/20".</summary>
    public override string ToString() =>
        IsAny ? AnyText : First == Last ? First.ToString(CultureInfo.InvariantCulture) : $"{First}/{Last}";

    private static int? ParsePort(string text) =>
        text.Length is > 0 and <= 5 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65535
            ? port
            : null;
}
