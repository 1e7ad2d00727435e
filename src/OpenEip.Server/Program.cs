using OpenEip.Rpc.Dispatch;
using OpenEip.Server.Hosting;

// appsettings.json ships beside the binary; the data directory stays relative to where the server is started.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Services.AddOpenEip(builder.Configuration);
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.Limits.MaxRequestBodySize = RpcEndpoint.MaxBodyBytes * 4;
    kestrel.AddServerHeader = false;
    // Long filter lists travel in the query string; Kestrel's 8 KB default would answer a bare 414.
    kestrel.Limits.MaxRequestLineSize = 64 * 1024;
    kestrel.Limits.MaxRequestHeadersTotalSize = 96 * 1024;
});

var app = builder.Build();

// Pools and the operator account exist before the first request is accepted.
await app.Services.GetRequiredService<ServerInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);

var rpc = app.Services.GetRequiredService<RpcEndpoint>();
app.MapGet("/healthz", () => Results.Text("ok"));
app.MapMethods("/", ["GET", "POST"], rpc.HandleAsync);

await app.RunAsync();
