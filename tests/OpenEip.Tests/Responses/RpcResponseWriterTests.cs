using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using OpenEip.Rpc.Responses;

namespace OpenEip.Tests.Responses;

/// <summary>
/// The JSON success body is written from the model's bytes with RequestId spliced in first (issue 12); it must be the
/// same document the tree builds (and XML renders), field for field and in order, whatever the model holds.
/// </summary>
public sealed class RpcResponseWriterTests
{
    private sealed record Nested(string Name, IReadOnlyList<int> Values);

    private sealed record Model(string AllocationId, int Count, bool Flag, Nested Inner, string? Missing);

    private sealed record Empty;

    [Fact]
    public async Task A_model_with_fields_is_written_with_RequestId_first_then_its_fields_in_order()
    {
        var model = new Model("eip-1\"quoted\"", 3, true, new Nested("ünïcode <&>", [1, 2]), null);

        var (status, contentType, body) = await WriteAsync("req-1", model);

        Assert.Equal(200, status);
        Assert.Equal("application/json;charset=utf-8", contentType);
        Assert.Equal(RpcResponseWriter.ToJson(RpcResponseWriter.SuccessBody("req-1", model)), body);
        Assert.Equal(["RequestId", "AllocationId", "Count", "Flag", "Inner", "Missing"], JsonNode.Parse(body)!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task A_model_without_fields_is_written_as_its_RequestId_alone()
    {
        var (_, _, body) = await WriteAsync("req-2", new Empty());

        Assert.Equal("{\"RequestId\":\"req-2\"}", body);
    }

    private static async Task<(int Status, string? ContentType, string Body)> WriteAsync(string requestId, object model)
    {
        var pipe = new Pipe();
        var http = new DefaultHttpContext();
        http.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(pipe.Writer.AsStream()));

        await RpcResponseWriter.WriteSuccessAsync(http, requestId, "Test", model, ResponseFormat.Json);
        await pipe.Writer.CompleteAsync();
        var read = await pipe.Reader.ReadAsync();
        var body = Encoding.UTF8.GetString(read.Buffer.ToArray());
        Assert.Equal(Encoding.UTF8.GetByteCount(body), http.Response.ContentLength);
        return (http.Response.StatusCode, http.Response.ContentType, body);
    }
}
