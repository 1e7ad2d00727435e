using System.IO.Pipelines;
using Microsoft.AspNetCore.Connections;

namespace OpenEip.Server.Hosting;

/// <summary>Kestrel connection middleware that puts a <see cref="RejectionRewritingWriter"/> on every connection's output.</summary>
public static class RejectionRewriting
{
    public static ConnectionDelegate Wrap(ConnectionDelegate next) => async connection =>
    {
        var transport = connection.Transport;
        var hostId = connection.LocalEndPoint?.ToString() ?? "localhost";
        connection.Transport = new Duplex(transport.Input, new RejectionRewritingWriter(transport.Output, hostId));
        try
        {
            await next(connection);
        }
        finally
        {
            connection.Transport = transport;
        }
    };

    private sealed class Duplex(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input => input;

        public PipeWriter Output => output;
    }
}
