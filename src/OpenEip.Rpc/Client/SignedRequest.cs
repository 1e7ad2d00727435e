using System.Globalization;
using System.Security.Cryptography;
using OpenEip.Rpc.Parameters;
using OpenEip.Rpc.Signing;

namespace OpenEip.Rpc.Client;

/// <summary>
/// Builds an RPC call signed with V3 (ACS3-HMAC-SHA256) as Alibaba's SDKs sign it: a POST to <c>/</c> with the
/// parameters in the query and an empty body. The clients of this repository (the data-plane agent, the CLI)
/// share it, so the server's verifier and every client agree on one canonical form.
/// </summary>
public static class SignedRequest
{
    public static HttpRequestMessage Create(
        string authority, string action, string version, IReadOnlyList<KeyValuePair<string, string>> parameters,
        string accessKeyId, string accessKeySecret, DateTimeOffset now)
    {
        var query = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in parameters)
            query[name] = value;
        var headers = new List<KeyValuePair<string, string>>
        {
            new("host", authority),
            new("x-acs-action", action),
            new("x-acs-content-sha256", V3Signature.HashPayload([])),
            new("x-acs-date", now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            new("x-acs-signature-nonce", Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32))),
            new("x-acs-version", version),
        };
        var canonical = V3Signature.CanonicalRequest("POST", "/", query, headers, headers[2].Value);
        var signature = V3Signature.Sign(V3Signature.StringToSign(canonical), accessKeySecret);
        var encoded = string.Join('&', query.Select(p => PercentEncoding.Encode(p.Key) + "=" + PercentEncoding.Encode(p.Value)));
        var request = new HttpRequestMessage(HttpMethod.Post, "/?" + encoded) { Content = new ByteArrayContent([]) };
        foreach (var (name, value) in headers.Where(h => h.Key != "host"))
            request.Headers.TryAddWithoutValidation(name, value);
        request.Headers.TryAddWithoutValidation("Authorization",
            $"{V3Signature.Algorithm} Credential={accessKeyId},SignedHeaders={string.Join(';', headers.Select(h => h.Key))},Signature={signature}");
        return request;
    }
}
