using System.IO.Pipelines;
using System.Text;
using OpenEip.Server.Hosting;

namespace OpenEip.Tests.Hosting;

/// <summary>The connection's output: passed through untouched, except Kestrel's own bare refusals.</summary>
public sealed class RejectionRewritingWriterTests
{
    [Fact]
    public async Task AResponseWrittenInSeveralAdvancesThroughOneBuffer_PassesThroughUntouched()
    {
        // Kestrel writes a chunked body's first write like this: headers, then chunks, into one buffer.
        var pipe = new Pipe();
        var writer = new RejectionRewritingWriter(pipe.Writer, "host");
        string[] parts = ["HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n", "5\r\nhello\r\n", "0\r\n\r\n"];
        var memory = writer.GetMemory(600);
        var at = 0;
        foreach (var part in parts)
        {
            var bytes = Encoding.ASCII.GetBytes(part);
            bytes.CopyTo(memory.Span[at..]);
            writer.Advance(bytes.Length);
            at += bytes.Length;
        }

        await writer.FlushAsync();
        await writer.CompleteAsync();

        Assert.Equal(string.Concat(parts), await ReadAllAsync(pipe.Reader));
    }

    [Fact]
    public async Task KestrelsBareRefusal_GetsAnAlibabaErrorBody()
    {
        var pipe = new Pipe();
        var writer = new RejectionRewritingWriter(pipe.Writer, "host");
        var refusal = Encoding.ASCII.GetBytes("HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        refusal.CopyTo(writer.GetSpan(refusal.Length));
        writer.Advance(refusal.Length);

        await writer.FlushAsync();
        await writer.CompleteAsync();

        var written = await ReadAllAsync(pipe.Reader);
        Assert.StartsWith("HTTP/1.1 431 ", written, StringComparison.Ordinal);
        Assert.Contains("\"Code\"", written, StringComparison.Ordinal);
        Assert.Contains("\"RequestId\"", written, StringComparison.Ordinal);
        Assert.DoesNotContain("Content-Length: 0\r\n", written, StringComparison.Ordinal);
    }

    private static async Task<string> ReadAllAsync(PipeReader reader)
    {
        var text = new StringBuilder();
        while (true)
        {
            var result = await reader.ReadAsync();
            foreach (var segment in result.Buffer)
                text.Append(Encoding.UTF8.GetString(segment.Span));
            reader.AdvanceTo(result.Buffer.End);
            if (result.IsCompleted)
                return text.ToString();
        }
    }
}
