using System.Security.Cryptography;
using System.Text;
using OpenEip.Rpc.Parameters;

namespace OpenEip.Rpc.Signing;

/// <summary>ACS3-HMAC-SHA256, computed the way Alibaba's SDKs compute it (wire-protocol.md §2.3).</summary>
public static class V3Signature
{
    public const string Algorithm = "ACS3-HMAC-SHA256";

    /// <param name="signedHeaders">Lower-case names in the order of SignedHeaders, with their values.</param>
    public static string CanonicalRequest(
        string method, string path, IReadOnlyDictionary<string, string> query,
        IReadOnlyList<KeyValuePair<string, string>> signedHeaders, string hashedPayload)
    {
        var builder = new StringBuilder();
        builder.Append(method).Append('\n');
        builder.Append(string.IsNullOrEmpty(path) ? "/" : path).Append('\n');
        builder.Append(CanonicalQuery(query)).Append('\n');
        foreach (var (name, value) in signedHeaders)
            builder.Append(name).Append(':').Append(value.Trim()).Append('\n');
        builder.Append('\n');
        builder.Append(string.Join(';', signedHeaders.Select(h => h.Key))).Append('\n');
        builder.Append(hashedPayload);
        return builder.ToString();
    }

    public static string CanonicalQuery(IReadOnlyDictionary<string, string> query) =>
        string.Join('&', query.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => PercentEncoding.Encode(p.Key) + "=" + PercentEncoding.Encode(p.Value)));

    public static string StringToSign(string canonicalRequest) =>
        Algorithm + "\n" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)));

    public static string Sign(string stringToSign, string secret) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(stringToSign)));

    public static string HashPayload(ReadOnlySpan<byte> body) => Convert.ToHexStringLower(SHA256.HashData(body));
}
