using OpenEip.Core.Ports;

namespace OpenEip.Server.Hosting;

/// <summary>
/// <c>/healthz</c> (the process answers and its store is reachable) and <c>/readyz</c> (it has finished
/// starting, is not stopping, and its store is reachable), as plain text with the reason when not, for load
/// balancers and orchestrators; neither needs a signature. A store that answers reads but refuses writes (a full
/// disk) leaves the server ready, saying so in the text: reads still work, every server of an installation
/// shares the store and would fail alike, and a server taken out of rotation would get no request whose write
/// could find that space is back.
/// </summary>
internal static class HealthEndpoints
{
    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapMethods("/healthz", ["GET", "HEAD"], async (IStoreHealth store, CancellationToken cancellationToken) =>
        {
            var health = await store.CheckAsync(cancellationToken);
            return health.Reachable ? Results.Text("ok") : Unavailable($"store unreachable: {health.Reason}");
        });
        app.MapMethods("/readyz", ["GET", "HEAD"], async (IStoreHealth store, IHostApplicationLifetime lifetime, CancellationToken cancellationToken) =>
        {
            if (lifetime.ApplicationStopping.IsCancellationRequested)
                return Unavailable("not ready: stopping");
            if (!lifetime.ApplicationStarted.IsCancellationRequested)
                return Unavailable("not ready: starting");
            var health = await store.CheckAsync(cancellationToken);
            return !health.Reachable ? Unavailable($"not ready: store unreachable: {health.Reason}")
                : !health.Writable ? Results.Text($"ready, reads only: the store cannot be written: {health.Reason}")
                : Results.Text("ready");
        });
        return app;
    }

    private static IResult Unavailable(string why) => Results.Text(why, statusCode: StatusCodes.Status503ServiceUnavailable);
}
