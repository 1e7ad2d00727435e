using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using OpenEip.Core.Errors;

namespace OpenEip.Rpc.Responses;

/// <summary>Writes success bodies (RequestId first, then the model's fields) and Alibaba error bodies, as JSON or XML.</summary>
public static class RpcResponseWriter
{
    private static readonly JsonSerializerOptions SerializerOptions = new()
    {
        PropertyNamingPolicy = null,
        WriteIndented = false,
    };

    public static Task WriteSuccessAsync(HttpContext http, string requestId, string action, object body, ResponseFormat format)
    {
        var json = new JsonObject { ["RequestId"] = requestId };
        if (JsonSerializer.SerializeToNode(body, body.GetType(), SerializerOptions) is JsonObject fields)
        {
            foreach (var (name, value) in fields.ToList())
            {
                fields.Remove(name);
                json[name] = value;
            }
        }

        return WriteAsync(http, StatusCodes.Status200OK, action + "Response", json, format);
    }

    public static Task WriteErrorAsync(HttpContext http, string requestId, Error error, ResponseFormat format, string product = "Vpc") =>
        WriteAsync(http, ErrorHttpStatus.For(error.Code), "Error", ErrorBody(requestId, http.Request.Host.HasValue ? http.Request.Host.Value : null, error, product), format);

    /// <summary>Alibaba's error body: RequestId, HostId, Code, Message, Recommend.</summary>
    public static JsonObject ErrorBody(string requestId, string? host, Error error, string product = "Vpc") => new()
    {
        ["RequestId"] = requestId,
        ["HostId"] = host ?? "localhost",
        ["Code"] = error.Code,
        ["Message"] = error.Message,
        ["Recommend"] = $"https://api.aliyun.com/troubleshoot?q={Uri.EscapeDataString(error.Code)}&product={product}",
    };

    public static string ToJson(JsonObject body) => body.ToJsonString(SerializerOptions);

    private static async Task WriteAsync(HttpContext http, int status, string xmlRoot, JsonObject json, ResponseFormat format)
    {
        http.Response.StatusCode = status;
        if (format == ResponseFormat.Xml)
        {
            http.Response.ContentType = "text/xml;charset=utf-8";
            await http.Response.WriteAsync(XmlBody.Render(xmlRoot, json));
        }
        else
        {
            http.Response.ContentType = "application/json;charset=utf-8";
            await http.Response.WriteAsync(ToJson(json));
        }
    }
}
