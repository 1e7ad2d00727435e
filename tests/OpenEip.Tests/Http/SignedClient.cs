using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using OpenEip.Rpc.Parameters;
using OpenEip.Rpc.Signing;

namespace OpenEip.Tests.Http;

/// <summary>Sends V1-signed RPC requests, as pop-core does (its signer is checked by the worked examples).</summary>
public sealed class SignedClient(HttpClient http, string accessKeyId, string secret)
{
    public HttpClient Http => http;

    public Dictionary<string, string> Sign(string action, IReadOnlyDictionary<string, string> parameters, string version = "2016-04-28",
        string method = "GET", DateTimeOffset? timestamp = null, string? nonce = null, string? signWith = null)
    {
        var all = new Dictionary<string, string>(parameters)
        {
            ["AccessKeyId"] = accessKeyId,
            ["Action"] = action,
            ["Version"] = version,
            ["Format"] = "JSON",
            ["SignatureMethod"] = "HMAC-SHA1",
            ["SignatureVersion"] = "1.0",
            ["SignatureNonce"] = nonce ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            ["Timestamp"] = (timestamp ?? DateTimeOffset.UtcNow).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        };
        all["Signature"] = V1Signature.Sign(V1Signature.StringToSign(method, all), signWith ?? secret);
        return all;
    }

    public static string ToQuery(IReadOnlyDictionary<string, string> parameters) =>
        string.Join('&', parameters.Select(p => PercentEncoding.Encode(p.Key) + "=" + PercentEncoding.Encode(p.Value)));

    public async Task<(int Status, JsonElement Body)> GetAsync(IReadOnlyDictionary<string, string> signed)
    {
        using var response = await http.GetAsync("/?" + ToQuery(signed));
        return ((int)response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    public Task<(int Status, JsonElement Body)> CallAsync(string action, IReadOnlyDictionary<string, string>? parameters = null, string version = "2016-04-28") =>
        GetAsync(Sign(action, parameters ?? new Dictionary<string, string>(), version));
}
