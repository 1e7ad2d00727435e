using System.Net.Http.Headers;
using System.Text.Json;
using OpenEip.Cli.Common;
using OpenEip.Cli.Configuration;
using OpenEip.Rpc.Client;

namespace OpenEip.Cli.Api;

/// <summary>Calls any action of any product, V3-signed as Alibaba's SDKs sign; an error answer becomes <see cref="ApiCallException"/>.</summary>
public sealed class ApiClient(HttpClient http, Connection connection, TimeProvider clock)
{
    public Connection Connection => connection;

    /// <summary>Adds the connection's region when the product is regional and the caller gave none.</summary>
    public Task<JsonElement> CallAsync(Product product, string action, ParameterList parameters, CancellationToken cancellationToken)
    {
        if (product.Regional && !parameters.Contains("RegionId") && connection.RegionId.Length > 0)
            parameters = parameters.With("RegionId", connection.RegionId);
        return SendAsync(product, action, parameters, cancellationToken);
    }

    private async Task<JsonElement> SendAsync(Product product, string action, ParameterList parameters, CancellationToken cancellationToken)
    {
        using var request = SignedRequest.Create(
            connection.Endpoint.Authority, action, product.Version, parameters.Items,
            connection.AccessKeyId, connection.AccessKeySecret, clock.GetUtcNow());
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new CliException($"Cannot reach {connection.Endpoint}: {e.Message}", ExitCodes.Unreachable);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CliException($"{connection.Endpoint} did not answer {action} within {http.Timeout.TotalSeconds:0} s.", ExitCodes.Unreachable);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            JsonElement body;
            try
            {
                using var document = JsonDocument.Parse(text);
                body = document.RootElement.Clone();
            }
            catch (JsonException)
            {
                throw new CliException(
                    $"{connection.Endpoint} answered {action} with HTTP {(int)response.StatusCode} and a body that is not the API's JSON: is it an OpenEip server?",
                    ExitCodes.Unreachable);
            }

            if (!response.IsSuccessStatusCode)
                throw new ApiCallException((int)response.StatusCode, Text(body, "Code"), Text(body, "Message"), Text(body, "RequestId"));
            return body;
        }
    }

    private static string Text(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() ?? ""
            : "";
}
