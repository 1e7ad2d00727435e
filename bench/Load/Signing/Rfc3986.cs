using System.Text;

namespace OpenEip.LoadBench.Signing;

/// <summary>
/// RFC 3986 percent-encoding as Alibaba's signatures use it (wire-protocol.md §2.3): every UTF-8 byte outside
/// <c>A-Z a-z 0-9 - _ . ~</c> becomes <c>%XX</c> in upper-case hex. Written out rather than left to
/// <c>Uri.EscapeDataString</c>, so that the signer does not depend on a framework detail the spec left untested.
/// </summary>
public static class Rfc3986
{
    public static string Encode(string value)
    {
        var plain = true;
        foreach (var c in value)
            plain &= IsUnreserved(c);
        if (plain)
            return value;

        var text = new StringBuilder(value.Length * 3);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b < 0x80 && IsUnreserved((char)b))
                text.Append((char)b);
            else
                text.Append('%').Append(Hex[b >> 4]).Append(Hex[b & 0xF]);
        }

        return text.ToString();
    }

    private const string Hex = "0123456789ABCDEF";

    private static bool IsUnreserved(char c) =>
        c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.' or '~';
}
