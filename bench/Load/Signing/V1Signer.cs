using System.Security.Cryptography;
using System.Text;

namespace OpenEip.LoadBench.Signing;

/// <summary>
/// HMAC-SHA1, SignatureVersion 1.0 (wire-protocol.md §2.4), as the openapi SDK's "v2" mode sends it: the common
/// parameters and the business ones in one query, signed over <c>METHOD&amp;%2F&amp;enc(canonical)</c> with
/// <c>secret + "&amp;"</c> as the key, the signature added as the <c>Signature</c> parameter.
/// </summary>
public static class V1Signer
{
    /// <returns>The wire query, Signature included.</returns>
    public static string SignedQuery(string method, string action, string version,
        IEnumerable<KeyValuePair<string, string>> parameters, AccessKey key, RequestStamp stamp)
    {
        var all = WithCommon(action, version, parameters, key, stamp);
        var canonical = CanonicalQuery.Of(all);
        var signature = Signature(method, canonical, key.Secret);
        return canonical + "&Signature=" + Rfc3986.Encode(signature);
    }

    public static List<KeyValuePair<string, string>> WithCommon(string action, string version,
        IEnumerable<KeyValuePair<string, string>> parameters, AccessKey key, RequestStamp stamp)
    {
        var all = new List<KeyValuePair<string, string>>(parameters)
        {
            new("AccessKeyId", key.Id),
            new("Action", action),
            new("Format", "JSON"),
            new("SignatureMethod", "HMAC-SHA1"),
            new("SignatureNonce", stamp.Nonce),
            new("SignatureVersion", "1.0"),
            new("Timestamp", stamp.Timestamp),
            new("Version", version),
        };
        return all;
    }

    public static string StringToSign(string method, string canonicalQuery) =>
        $"{method}&{Rfc3986.Encode("/")}&{Rfc3986.Encode(canonicalQuery)}";

    public static string Signature(string method, string canonicalQuery, string secret) =>
        Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(secret + "&"), Encoding.UTF8.GetBytes(StringToSign(method, canonicalQuery))));
}
