using System.Diagnostics;
using OpenEip.LoadBench.Load;
using OpenEip.LoadBench.Signing;

namespace OpenEip.LoadBench.Http;

/// <summary>
/// One client: one connection, one AccessKey, one signature kind. Every call is signed anew (a fresh nonce and
/// timestamp; ClientTokens are the caller's), sent as the SDKs send it (POST /, parameters in the query, empty body),
/// and timed from the moment the signed request is handed to the connection until its body has been read; signing is
/// the client's own work and is not in the figure.
/// </summary>
public sealed class RpcClient(HttpClient http, string baseUrl, AccessKey key, SignatureKind kind = SignatureKind.V3) : IDisposable
{
    private readonly string _host = new Uri(baseUrl).Authority;

    public AccessKey Key => key;

    /// <summary>Where calls are recorded; null for set-up calls, which are not measured.</summary>
    public ClientMetrics? Metrics { get; set; }

    public static RpcClient Open(string baseUrl, AccessKey key, SignatureKind kind = SignatureKind.V3) => new(Connections.OpenOne(), baseUrl, key, kind);

    public Task<RpcResponse> CallAsync(string action, string version, IEnumerable<KeyValuePair<string, string>> parameters, string? metric = null)
    {
        var stamp = RequestStamp.Now();
        var request = new HttpRequestMessage(HttpMethod.Post, (Uri?)null);
        if (kind == SignatureKind.V3)
        {
            var signed = V3Signer.Sign("POST", _host, action, version, parameters, key, stamp);
            request.RequestUri = new Uri($"{baseUrl}/?{signed.Query}", UriKind.Absolute);
            foreach (var (name, value) in signed.Headers)
            {
                // HttpClient writes Host from the URI: the same text that was signed.
                if (name != "host")
                    request.Headers.TryAddWithoutValidation(name, value);
            }

            request.Headers.TryAddWithoutValidation("Authorization", signed.Authorization);
        }
        else
        {
            request.RequestUri = new Uri($"{baseUrl}/?{V1Signer.SignedQuery("POST", action, version, parameters, key, stamp)}", UriKind.Absolute);
            request.Headers.TryAddWithoutValidation("x-acs-action", action);
            request.Headers.TryAddWithoutValidation("x-acs-version", version);
        }

        request.Headers.TryAddWithoutValidation("accept", "application/json");
        return SendAsync(request, metric ?? action);
    }

    /// <summary>An unsigned GET (the /healthz ceiling).</summary>
    public Task<RpcResponse> GetAsync(string path, string metric) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(baseUrl + path, UriKind.Absolute)), metric);

    private async Task<RpcResponse> SendAsync(HttpRequestMessage request, string metric)
    {
        using (request)
        {
            var start = Stopwatch.GetTimestamp();
            RpcResponse answer;
            try
            {
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
                var body = await response.Content.ReadAsByteArrayAsync();
                var status = (int)response.StatusCode;
                answer = new RpcResponse(status, body, status is >= 200 and < 300 ? null : RpcResponse.ErrorCodeOf(status, body));
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                // The connection failed or timed out: an error of the run, counted, not a reason to stop it.
                answer = new RpcResponse(0, [], "transport:" + (e is HttpRequestException { HttpRequestError: var error } ? error.ToString() : e.GetType().Name));
            }

            Metrics?.Record(metric, start, Stopwatch.GetTimestamp(), answer.ErrorCode);
            return answer;
        }
    }

    public void Dispose() => http.Dispose();
}
