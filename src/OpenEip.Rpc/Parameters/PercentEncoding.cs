using System.Text;

namespace OpenEip.Rpc.Parameters;

/// <summary>
/// The percent-encoding both signature schemes canonicalize with (RFC 3986): every UTF-8 byte outside
/// <c>A-Z a-z 0-9 - _ . ~</c> becomes <c>%XX</c> in upper-case hex.
/// </summary>
public static class PercentEncoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Encode(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
                builder.Append((char)b);
            else
                builder.Append('%').Append(b.ToString("X2"));
        }

        return builder.ToString();
    }

    /// <summary>
    /// Decodes one form/query component (<c>+</c> is a space). Returns null when the escapes are
    /// malformed or the bytes are not UTF-8: such input is refused, never guessed at.
    /// </summary>
    public static string? Decode(ReadOnlySpan<char> component)
    {
        var bytes = new List<byte>(component.Length);
        Span<byte> buffer = stackalloc byte[4];
        for (var i = 0; i < component.Length; i++)
        {
            var c = component[i];
            if (c == '+')
            {
                bytes.Add((byte)' ');
            }
            else if (c == '%')
            {
                if (i + 2 >= component.Length || !IsHex(component[i + 1]) || !IsHex(component[i + 2]))
                    return null;
                bytes.Add(Convert.ToByte(component.Slice(i + 1, 2).ToString(), 16));
                i += 2;
            }
            else if (c < 0x80)
            {
                bytes.Add((byte)c);
            }
            else
            {
                var written = Encoding.UTF8.GetBytes(component.Slice(i, char.IsHighSurrogate(c) && i + 1 < component.Length ? 2 : 1), buffer);
                for (var j = 0; j < written; j++)
                    bytes.Add(buffer[j]);
                if (char.IsHighSurrogate(c))
                    i++;
            }
        }

        try
        {
            return StrictUtf8.GetString(bytes.ToArray());
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The body as UTF-8 text, or null when it is not valid UTF-8.</summary>
    public static string? StrictUtf8Text(byte[] bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);
}
