using System.Net;

namespace OpenEip.LoadBench.Http;

/// <summary>
/// One HTTP/1.1 keep-alive connection per client: a handler of its own limited to one connection, so N clients are
/// exactly N connections, opened once and reused for every request, as a long-running SDK client's pool would be.
/// </summary>
public static class Connections
{
    public static HttpClient OpenOne() =>
        new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = 1,
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
            ConnectTimeout = TimeSpan.FromSeconds(10),
        })
        {
            Timeout = TimeSpan.FromSeconds(120),
            DefaultRequestVersion = HttpVersion.Version11,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
}
