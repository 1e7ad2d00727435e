using System.Text.Json;

namespace OpenEip.LoadBench.Http;

/// <summary>An answer as the benchmark needs it: the status, the body, and Alibaba's error code when it is an error.</summary>
public sealed record RpcResponse(int Status, byte[] Body, string? ErrorCode)
{
    public bool IsSuccess => ErrorCode is null;

    public JsonElement Json() => JsonDocument.Parse(Body).RootElement;

    /// <summary>A string field of the JSON body found by its path of property names, or null.</summary>
    public string? Field(params string[] path)
    {
        if (Body.Length == 0)
            return null;
        var element = Json();
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
                return null;
        }

        return element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Number => element.GetRawText(),
            _ => null,
        };
    }

    /// <summary>Throws with the code and body when the call failed: for set-up calls, whose failure ends the run.</summary>
    public RpcResponse EnsureSuccess(string what)
    {
        if (!IsSuccess)
            throw new InvalidOperationException($"{what} failed: HTTP {Status} {ErrorCode}: {System.Text.Encoding.UTF8.GetString(Body)}");
        return this;
    }

    public static string ErrorCodeOf(int status, byte[] body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("Code", out var code) && code.GetString() is { Length: > 0 } text)
                return text;
        }
        catch (JsonException)
        {
            // Not an Alibaba error body (a bare status from the web server): the status says enough.
        }

        return $"HTTP{status}";
    }
}
