using OpenEip.Core.Networks;

namespace OpenEip.DataPlane.Rendering;

/// <summary>
/// Address checks at the edge of the renderer: every address, block and MAC that reaches an ip or nft
/// command is parsed and written back in canonical form, so that nothing from the store is pasted as text.
/// </summary>
internal static class Ip
{
    public static string? Address(string? text) => Ipv4Block.ParseAddress(text) is { } n ? Ipv4Block.ToText(n) : null;

    /// <summary>A CIDR block (its network address) or a single address (as /32); null if neither.</summary>
    public static Ipv4Block? Block(string? text)
    {
        if (Ipv4Block.Parse(text) is { } block)
            return block;
        return Ipv4Block.ParseAddress(text) is { } n ? new Ipv4Block(n, n, 32) : null;
    }

    public static string Mask(int prefixLength) => Ipv4Block.ToText(prefixLength == 0 ? 0u : uint.MaxValue << (32 - prefixLength));

    public static string? Mac(string? text)
    {
        if (text is null || text.Length != 17)
            return null;
        for (var i = 0; i < 17; i++)
        {
            var c = text[i];
            var ok = i % 3 == 2 ? c == ':' : Uri.IsHexDigit(c);
            if (!ok)
                return null;
        }

        return text.ToLowerInvariant();
    }
}
