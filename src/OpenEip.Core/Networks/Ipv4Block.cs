using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace OpenEip.Core.Networks;

/// <summary>An IPv4 CIDR block as numbers: what overlap, containment and address hand-out need.</summary>
public readonly record struct Ipv4Block(uint First, uint Last, int PrefixLength)
{
    public long Size => (long)Last - First + 1;

    /// <summary>Parses "a.b.c.d/n" strictly: the address must be the block's network address.</summary>
    public static Ipv4Block? Parse(string? text)
    {
        if (text is null)
            return null;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || !IPAddress.TryParse(text[..slash], out var address) || address.AddressFamily != AddressFamily.InterNetwork
            || address.ToString() != text[..slash]
            || !int.TryParse(text[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var prefix) || prefix is < 0 or > 32)
            return null;
        var number = ToNumber(address);
        var mask = prefix == 0 ? 0u : uint.MaxValue << (32 - prefix);
        if ((number & mask) != number)
            return null;
        return new Ipv4Block(number, number | ~mask, prefix);
    }

    public bool Overlaps(Ipv4Block other) => First <= other.Last && other.First <= Last;

    public bool Contains(Ipv4Block other) => First <= other.First && other.Last <= Last;

    public bool Contains(uint address) => First <= address && address <= Last;

    public static uint ToNumber(IPAddress address)
    {
        var b = address.GetAddressBytes();
        return ((uint)b[0] << 24) | ((uint)b[1] << 16) | ((uint)b[2] << 8) | b[3];
    }

    public static string ToText(uint number) => $"{number >> 24}.{(number >> 16) & 255}.{(number >> 8) & 255}.{number & 255}";

    public static uint? ParseAddress(string? text) =>
        text is not null && IPAddress.TryParse(text, out var address) && address.AddressFamily == AddressFamily.InterNetwork && address.ToString() == text
            ? ToNumber(address)
            : null;

    public override string ToString() => $"{ToText(First)}/{PrefixLength}";
}
