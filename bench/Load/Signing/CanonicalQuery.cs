using System.Text;

namespace OpenEip.LoadBench.Signing;

/// <summary>
/// <c>enc(key)=enc(value)</c> pairs sorted by key in byte order and joined with <c>&amp;</c>: V3's canonical query
/// string and V1's canonicalized query. The benchmark also sends it as the wire query, which the server decodes and
/// re-encodes (§2.1), so one string serves both. Keys are ASCII, so ordinal order is byte order.
/// </summary>
public static class CanonicalQuery
{
    public static string Of(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var sorted = parameters.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        var text = new StringBuilder(64 * sorted.Count);
        foreach (var (key, value) in sorted)
        {
            if (text.Length > 0)
                text.Append('&');
            text.Append(Rfc3986.Encode(key)).Append('=').Append(Rfc3986.Encode(value));
        }

        return text.ToString();
    }
}
