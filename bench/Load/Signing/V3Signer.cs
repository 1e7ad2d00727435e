using System.Security.Cryptography;
using System.Text;

namespace OpenEip.LoadBench.Signing;

/// <summary>
/// ACS3-HMAC-SHA256 (wire-protocol.md §2.3), the client side: the business parameters in the query, Action and
/// Version in x-acs-* headers, the six headers the server requires signed, HMAC-SHA256 keyed with the secret alone.
/// </summary>
public static class V3Signer
{
    public const string Algorithm = "ACS3-HMAC-SHA256";

    /// <summary>SHA-256 of an empty body: every benchmark request sends its parameters in the query.</summary>
    public const string EmptyBodyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    public static V3Request Sign(string method, string host, string action, string version,
        IEnumerable<KeyValuePair<string, string>> parameters, AccessKey key, RequestStamp stamp)
    {
        var query = CanonicalQuery.Of(parameters);
        // Already in byte order, as SignedHeaders must list them.
        KeyValuePair<string, string>[] headers =
        [
            new("host", host),
            new("x-acs-action", action),
            new("x-acs-content-sha256", EmptyBodyHash),
            new("x-acs-date", stamp.Timestamp),
            new("x-acs-signature-nonce", stamp.Nonce),
            new("x-acs-version", version),
        ];
        var canonicalHeaders = new StringBuilder();
        foreach (var (name, value) in headers)
            canonicalHeaders.Append(name).Append(':').Append(value.Trim()).Append('\n');
        var signedHeaders = string.Join(';', headers.Select(h => h.Key));
        var canonical = $"{method}\n/\n{query}\n{canonicalHeaders}\n{signedHeaders}\n{EmptyBodyHash}";
        var stringToSign = $"{Algorithm}\n{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key.Secret), Encoding.UTF8.GetBytes(stringToSign)));
        var authorization = $"{Algorithm} Credential={key.Id},SignedHeaders={signedHeaders},Signature={signature}";
        return new V3Request(query, headers, canonical, stringToSign, authorization);
    }
}
