using System.Net.Http.Json;
using System.Text.Json;
using OpenEip.Rpc.Client;

namespace OpenEip.Agent;

/// <summary>Calls the server's operator API (Version 2026-11-25) with V3 signatures, as the official SDKs sign.</summary>
public sealed class OperatorClient(HttpClient http, AgentOptions options)
{
    public const string Version = "2026-11-25";

    /// <summary>Calls an action; returns the JSON body of a success, or throws <see cref="OperatorApiException"/> with the Alibaba error.</summary>
    public async Task<JsonElement> CallAsync(string action, IReadOnlyDictionary<string, string> parameters, CancellationToken cancellationToken)
    {
        using var request = SignedRequest.Create(
            http.BaseAddress!.Authority, action, Version, parameters.ToList(), options.AccessKeyId, options.AccessKeySecret, DateTimeOffset.UtcNow);
        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new OperatorApiException(action, (int)response.StatusCode, body.TryGetProperty("Code", out var code) ? code.GetString() ?? "" : "", body.TryGetProperty("Message", out var message) ? message.GetString() ?? "" : "");
        return body;
    }
}
