using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using OpenEip.Rpc.Parameters;
using OpenEip.Rpc.Signing;

namespace OpenEip.BrowserTests;

/// <summary>Calls the server's own RPC as the operator: V1-signed (HMAC-SHA1) GETs on "/", as pop-core sends them.</summary>
public sealed class OperatorRpc(Uri baseUrl, string accessKeyId, string accessKeySecret)
{
    public async Task<AllocatedEip> AllocateEipAddressAsync(string regionId)
    {
        var body = await CallAsync("AllocateEipAddress", new Dictionary<string, string> { ["RegionId"] = regionId });
        return new AllocatedEip(
            body.GetProperty("AllocationId").GetString() ?? throw new InvalidOperationException("AllocateEipAddress answered no AllocationId"),
            body.GetProperty("EipAddress").GetString() ?? throw new InvalidOperationException("AllocateEipAddress answered no EipAddress"));
    }

    public const string Vpc = "2016-04-28";
    public const string Ecs = "2014-05-26";
    public const string Slb = "2014-05-15";
    public const string Alb = "2020-06-16";
    public const string Nlb = "2022-04-30";
    public const string Operator = "2026-11-25";

    /// <summary>Any action of any product (by its API version); the JSON body of a 2xx answer, else throws with the body.</summary>
    public async Task<JsonElement> CallAsync(string action, IReadOnlyDictionary<string, string> parameters, string version = Vpc)
    {
        var signed = new Dictionary<string, string>(parameters)
        {
            ["AccessKeyId"] = accessKeyId,
            ["Action"] = action,
            ["Version"] = version,
            ["Format"] = "JSON",
            ["SignatureMethod"] = "HMAC-SHA1",
            ["SignatureVersion"] = "1.0",
            ["SignatureNonce"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            ["Timestamp"] = DateTimeOffset.UtcNow.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        };
        signed["Signature"] = V1Signature.Sign(V1Signature.StringToSign("GET", signed), accessKeySecret);
        var query = string.Join('&', signed.Select(p => PercentEncoding.Encode(p.Key) + "=" + PercentEncoding.Encode(p.Value)));

        using var http = new HttpClient { BaseAddress = baseUrl };
        using var response = await http.GetAsync(new Uri("/?" + query, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{action} answered {(int)response.StatusCode}: {text}");
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
