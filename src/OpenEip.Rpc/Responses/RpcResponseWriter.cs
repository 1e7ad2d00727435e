using System.Buffers;
using System.Text.Encodings.Web;
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
        // Text as Alibaba sends it, UTF-8 (a region's Chinese name, a Japanese EIP name), with only what JSON itself
        // requires escaped: the default encoder also escapes every non-ASCII and HTML-sensitive character, which a
        // JSON API body does not need and which was a tenth of a signed DescribeRegions' time (issue 12).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly byte[] RequestIdPrefix = "{\"RequestId\":"u8.ToArray();

    /// <summary>A thread's serialization buffer grows to its largest body; one grown past this is let go after use.</summary>
    private const int KeptBufferBytes = 1024 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>
    /// A success body. As JSON it is written straight from the model's serialized bytes, with RequestId spliced in
    /// first: no document tree is built and copied on the way (issue 12: JSON writing was a third of a signed no-op's
    /// time). XML still goes through the tree, which <see cref="XmlBody"/> walks.
    /// </summary>
    public static Task WriteSuccessAsync(HttpContext http, string requestId, string action, object body, ResponseFormat format)
    {
        if (format == ResponseFormat.Xml)
            return WriteAsync(http, StatusCodes.Status200OK, action + "Response", SuccessBody(requestId, body), format);

        var fields = SerializedBody(body);
        var id = JsonSerializer.SerializeToUtf8Bytes(requestId, SerializerOptions);
        var hasFields = fields.Length > 2 && fields[0] == (byte)'{';
        var length = RequestIdPrefix.Length + id.Length + (hasFields ? fields.Length : 1);
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/json;charset=utf-8";
        http.Response.ContentLength = length;
        var output = http.Response.BodyWriter;
        var span = output.GetSpan(length);
        RequestIdPrefix.CopyTo(span);
        id.CopyTo(span[RequestIdPrefix.Length..]);
        var rest = span[(RequestIdPrefix.Length + id.Length)..];
        if (hasFields)
        {
            rest[0] = (byte)',';
            fields[1..].CopyTo(rest[1..]);
        }
        else
        {
            rest[0] = (byte)'}';
        }

        output.Advance(length);
        return output.FlushAsync().AsTask();
    }

    /// <summary>
    /// The model as JSON, in this thread's buffer: valid until the thread serializes the next body, so it is copied out
    /// before anything awaits. A page of 100 EIPs is about 150 kB, which as a new array each time went to the large-object
    /// heap, collected only with the oldest generation: at 64 clients of DescribeEipAddresses that was hundreds of
    /// megabytes a second, and the server's peak memory at 1M EIPs rose past 500 MB with it (issue 12).
    /// </summary>
    private static ReadOnlySpan<byte> SerializedBody(object body)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        if (buffer.Capacity > KeptBufferBytes)
            buffer = t_buffer = new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = SerializerOptions.Encoder, SkipValidation = true });
        writer.Reset(buffer);
        JsonSerializer.Serialize(writer, body, body.GetType(), SerializerOptions);
        writer.Flush();
        return buffer.WrittenSpan;
    }

    /// <summary>The success body as a tree: RequestId first, then the model's fields in their order.</summary>
    public static JsonObject SuccessBody(string requestId, object body)
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

        return json;
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
