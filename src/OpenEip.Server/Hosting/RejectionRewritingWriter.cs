using System.IO.Pipelines;
using System.Text;
using OpenEip.Core.Identity;
using OpenEip.Rpc.Responses;

namespace OpenEip.Server.Hosting;

/// <summary>
/// The output of one connection, passed through untouched except for one kind of response: the bare
/// 4xx (or 505) that Kestrel writes itself when it refuses a request before the application sees it (a request
/// line that is not HTTP, a URL or headers over the limits). Kestrel offers no hook for those
/// (aspnet/KestrelHttpServer#2947), so they are recognised here as written — a refusal status line whose
/// whole header block carries <c>Content-Length: 0</c> — and replaced by the same response with an
/// Alibaba error body, so that every client sees a Code, a Message and a RequestId.
/// </summary>
public sealed class RejectionRewritingWriter(PipeWriter inner, string hostId) : PipeWriter
{
    // Large enough that the header block of a refusal (about 120 bytes) is never split between two
    // buffers, so it is always seen whole by one Advance.
    private const int MinimumBuffer = 512;
    private static readonly byte[] StatusLinePrefix = "HTTP/1.1 "u8.ToArray();
    private static readonly byte[] EmptyBodyHeader = "\r\nContent-Length: 0\r\n"u8.ToArray();
    private static readonly byte[] EndOfHeaders = "\r\n\r\n"u8.ToArray();
    private static readonly int[] RefusalStatuses = [400, 408, 413, 414, 431, 505];

    private Memory<byte> _lastBuffer;

    public override void Advance(int bytes)
    {
        // A writer may advance several times through one buffer (Kestrel's chunked bodies do): only the part
        // of the last buffer not yet advanced past is what was just written.
        var known = bytes <= _lastBuffer.Length;
        if (known && bytes >= StatusLinePrefix.Length && Refusal(_lastBuffer.Span[..bytes]) is { } replacement)
        {
            // The refusal was written but not committed: overwrite it with the response that has a body.
            replacement.CopyTo(inner.GetSpan(replacement.Length));
            inner.Advance(replacement.Length);
            _lastBuffer = default;
            return;
        }

        inner.Advance(bytes);
        _lastBuffer = known ? _lastBuffer[bytes..] : default;
    }

    public override Memory<byte> GetMemory(int sizeHint = 0) => _lastBuffer = inner.GetMemory(Math.Max(sizeHint, MinimumBuffer));

    public override Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

    public override void CancelPendingFlush() => inner.CancelPendingFlush();

    public override void Complete(Exception? exception = null) => inner.Complete(exception);

    public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);

    public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) => inner.FlushAsync(cancellationToken);

    /// <returns>The replacement response, or null when <paramref name="written"/> is not a bare refusal.</returns>
    private byte[]? Refusal(ReadOnlySpan<byte> written)
    {
        if (!written.StartsWith(StatusLinePrefix) || !written.EndsWith(EndOfHeaders) || written.IndexOf(EmptyBodyHeader) < 0)
            return null;
        var headers = Encoding.ASCII.GetString(written[..^EndOfHeaders.Length]).Split("\r\n");
        if (headers[0].Length < 12 || !int.TryParse(headers[0].AsSpan(9, 3), out var status) || !RefusalStatuses.Contains(status))
            return null;

        var body = Encoding.UTF8.GetBytes(RpcResponseWriter.ToJson(
            RpcResponseWriter.ErrorBody(ResourceIds.NewRequestId(), hostId, HttpRejections.ForStatus(status))));
        var response = new StringBuilder(headers[0]).Append("\r\n");
        foreach (var header in headers.Skip(1).Where(h => !h.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)))
            response.Append(header).Append("\r\n");
        response.Append("Content-Type: application/json;charset=utf-8\r\n")
            .Append("Content-Length: ").Append(body.Length).Append("\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(response.ToString()), .. body];
    }
}
