using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OpenEip.Rpc.Parameters;
using OpenEip.Rpc.Signing;
using OpenEip.Tests.Http;

namespace OpenEip.Tests.Fuzzing;

/// <summary>One fuzzed call, signed as a real client would sign it: V1 in the query (GET) or a form body (POST), or V3.</summary>
public sealed record FuzzRequest(string Action, string Version, IReadOnlyDictionary<string, string> Parameters, FuzzStyle Style, bool Xml, string? Duplicate)
{
    public HttpRequestMessage ToHttp(string host, string accessKeyId, string secret) => Style switch
    {
        FuzzStyle.V3 => V3(host, accessKeyId, secret),
        _ => V1(accessKeyId, secret),
    };

    public override string ToString() =>
        $"{Style} {Version} {Action} xml={Xml} dup={Duplicate} " + string.Join('&', Parameters.Select(p => $"{p.Key}={Shorten(p.Value)}"));

    private HttpRequestMessage V1(string accessKeyId, string secret)
    {
        var method = Style == FuzzStyle.V1Form ? "POST" : "GET";
        var all = new Dictionary<string, string>(Parameters)
        {
            ["AccessKeyId"] = accessKeyId,
            ["Action"] = Action,
            ["Version"] = Version,
            ["Format"] = Xml ? "XML" : "JSON",
            ["SignatureMethod"] = "HMAC-SHA1",
            ["SignatureVersion"] = "1.0",
            ["SignatureNonce"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            ["Timestamp"] = DateTimeOffset.UtcNow.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        };
        all["Signature"] = V1Signature.Sign(V1Signature.StringToSign(method, all), secret);
        var encoded = Encode(all);
        if (method == "GET")
            return new HttpRequestMessage(HttpMethod.Get, "/?" + encoded);
        return new HttpRequestMessage(HttpMethod.Post, "/") { Content = new StringContent(encoded, Encoding.UTF8, "application/x-www-form-urlencoded") };
    }

    private HttpRequestMessage V3(string host, string accessKeyId, string secret)
    {
        var query = new Dictionary<string, string>(Parameters);
        if (Xml)
            query["Format"] = "XML";
        var headers = new List<KeyValuePair<string, string>>
        {
            new("host", host),
            new("x-acs-action", Action),
            new("x-acs-content-sha256", V3Signature.HashPayload([])),
            new("x-acs-date", DateTimeOffset.UtcNow.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            new("x-acs-signature-nonce", Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32))),
            new("x-acs-version", Version),
        };
        var signature = V3Signature.Sign(V3Signature.StringToSign(V3Signature.CanonicalRequest("POST", "/", query, headers, headers[2].Value)), secret);
        var request = new HttpRequestMessage(HttpMethod.Post, "/?" + Encode(query)) { Content = new ByteArrayContent([]) };
        foreach (var (name, value) in headers.Where(h => h.Key != "host"))
            request.Headers.TryAddWithoutValidation(name, value);
        request.Headers.TryAddWithoutValidation("Authorization",
            $"{V3Signature.Algorithm} Credential={accessKeyId},SignedHeaders={string.Join(';', headers.Select(h => h.Key))},Signature={signature}");
        return request;
    }

    // A duplicated parameter is appended after signing: the server must refuse it before anything else.
    private string Encode(IReadOnlyDictionary<string, string> parameters)
    {
        var text = SignedClient.ToQuery(parameters);
        return Duplicate is null ? text : text + "&" + PercentEncoding.Encode(Duplicate) + "=dup";
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..37] + "...";
}
