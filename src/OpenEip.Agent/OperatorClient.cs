using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using OpenEip.Rpc.Parameters;
using OpenEip.Rpc.Signing;

namespace OpenEip.Agent;

/// <summary>Calls the server's operator API (Version 2026-11-25) with V3 signatures, as the official SDKs sign.</summary>
public sealed class OperatorClient(HttpClient http, AgentOptions options)
{
    public const string Version = "2026-11-25";

    /// <summary>Calls an action; returns the JSON body of a success, or throws <see cref="OperatorApiException"/> with the Alibaba error.</summary>
    public async Task<JsonElement> CallAsync(string action, IReadOnlyDictionary<string, string> parameters, CancellationToken cancellationToken)
    {
        var host = http.BaseAddress!.Authority;
        var headers = new List<KeyValuePair<string, string>>
        {
            new("host", host),
            new("x-acs-action", action),
            new("x-acs-content-sha256", V3Signature.HashPayload([])),
            new("x-acs-date", DateTimeOffset.UtcNow.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            new("x-acs-signature-nonce", Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32))),
            new("x-acs-version", Version),
        };
        var canonical = V3Signature.CanonicalRequest("POST", "/", parameters, headers, headers[2].Value);
        var signature = V3Signature.Sign(V3Signature.StringToSign(canonical), options.AccessKeySecret);
        var query = string.Join('&', parameters.Select(p => PercentEncoding.Encode(p.Key) + "=" + PercentEncoding.Encode(p.Value)));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/?" + query) { Content = new ByteArrayContent([]) };
        foreach (var (name, value) in headers.Where(h => h.Key != "host"))
            request.Headers.TryAddWithoutValidation(name, value);
        request.Headers.TryAddWithoutValidation("Authorization",
            $"{V3Signature.Algorithm} Credential={options.AccessKeyId},SignedHeaders={string.Join(';', headers.Select(h => h.Key))},Signature={signature}");
        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new OperatorApiException(action, (int)response.StatusCode, body.TryGetProperty("Code", out var code) ? code.GetString() ?? "" : "", body.TryGetProperty("Message", out var message) ? message.GetString() ?? "" : "");
        return body;
    }
}
