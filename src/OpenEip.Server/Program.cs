using OpenEip.Rpc.Dispatch;
using OpenEip.Server.Configuration;
using OpenEip.Server.WebConsole;
using OpenEip.Server.Hosting;

// appsettings.json ships beside the binary; the data directory stays relative to where the server is started.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
if (ServerCommands.Run(args, builder.Configuration) is { } exitCode)
    return exitCode;
try
{
    builder.Services.AddOpenEip(builder.Configuration);
    var dataDir = builder.Configuration.GetSection(OpenEipOptions.Section).Get<OpenEipOptions>()?.DataDir ?? new OpenEipOptions().DataDir;
    builder.Services.AddOpenEipConsole(dataDir);
}
catch (Exception e) when (StartupFailure.IsExplained(e))
{
    return StartupFailure.Report(e);
}

builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.Limits.MaxRequestBodySize = RpcEndpoint.MaxBodyBytes * 4;
    kestrel.AddServerHeader = false;
    // Long filter lists travel in the query string; Kestrel's 8 KB default would answer a bare 414.
    kestrel.Limits.MaxRequestLineSize = 64 * 1024;
    kestrel.Limits.MaxRequestHeadersTotalSize = 96 * 1024;
    // Requests Kestrel refuses itself (bad request line, URL or headers too large) get an Alibaba error body too.
    kestrel.ConfigureEndpointDefaults(listen => listen.Use(RejectionRewriting.Wrap));
});

var app = builder.Build();

// Pools and the operator account exist before the first request is accepted.
try
{
    await app.Services.GetRequiredService<ServerInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
}
catch (Exception e) when (StartupFailure.IsExplained(e))
{
    return StartupFailure.Report(e);
}

// The console first: a browser opening "/" goes there; every API call still reaches the RPC endpoint.
app.UseOpenEipConsole();
var rpc = app.Services.GetRequiredService<RpcEndpoint>();
app.MapHealthEndpoints();
// Every method reaches the endpoint, so that one it does not serve gets an Alibaba error, not an empty 405.
app.Map("/", rpc.HandleAsync);
app.MapFallback("{**path}", RpcEndpoint.HandleUnknownPathAsync);

await app.RunAsync();
return 0;
