using OpenEip.Agent;
using OpenEip.Core.DataPlane;

// The data-plane agent: `dotnet run --project src/OpenEip.Agent -- --OpenEipAgent:ServerUrl=http://… …` (docs/configuration.md).
var builder = Host.CreateApplicationBuilder(args);
var options = builder.Configuration.GetSection(AgentOptions.Section).Get<AgentOptions>() ?? new AgentOptions();
try
{
    options.Validate();
    if (options.Driver == "nftables" && OpenEip.DataPlane.Linux.LinuxPrerequisites.Check() is { Count: > 0 } problems)
        throw new InvalidOperationException($"OpenEipAgent:Driver=nftables cannot run here: {string.Join("; ", problems)}.");
}
catch (InvalidOperationException e)
{
    Console.Error.WriteLine($"OpenEip.Agent cannot start: {e.Message}");
    return 1;
}

builder.Services.AddSingleton(options);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton(new HttpClient { BaseAddress = new Uri(options.ServerUrl), Timeout = options.LongPoll + TimeSpan.FromSeconds(30) });
builder.Services.AddSingleton<OperatorClient>();
builder.Services.AddSingleton<IDataPlaneSource, ApiDataPlaneSource>();
builder.Services.AddSingleton(sp => AgentDrivers.Create(options, sp.GetRequiredService<ILoggerFactory>()));
builder.Services.AddSingleton<Reconciler>();
builder.Services.AddHostedService<AgentService>();
await builder.Build().RunAsync();
return 0;
