using OpenEip.Cli.Api;
using OpenEip.Cli.Configuration;
using OpenEip.Cli.Output;

namespace OpenEip.Cli.Common;

/// <summary>What a command that calls the server works with: the resolved connection, a client, the clock and the output.</summary>
public sealed class CliSession : IDisposable
{
    private readonly HttpClient _http;

    private CliSession(HttpClient http, ApiClient client, Renderer renderer, TimeProvider clock)
    {
        _http = http;
        Client = client;
        Renderer = renderer;
        Clock = clock;
    }

    public ApiClient Client { get; }

    public Renderer Renderer { get; }

    public TimeProvider Clock { get; }

    public Connection Connection => Client.Connection;

    /// <summary>The region the friendly verbs work in; they all need one.</summary>
    public string RegionId => Connection.RegionId.Length > 0
        ? Connection.RegionId
        : throw new CliException($"No region: pass --region, set {EnvironmentVariables.Region}, or set one in the profile (`openeip configure`).");

    public static CliSession Open(GlobalSettings settings)
    {
        var file = ConfigFile.ForCurrentUser();
        var connection = ConnectionResolver.Resolve(file, settings.Profile, settings.Endpoint, settings.Region);
        return Open(connection, OutputFormatOf(settings, file, connection.ProfileName));
    }

    public static CliSession Open(Connection connection, OutputFormat format)
    {
        var http = new HttpClient { BaseAddress = connection.Endpoint, Timeout = TimeSpan.FromSeconds(60) };
        var clock = TimeProvider.System;
        return new CliSession(http, new ApiClient(http, connection, clock), Renderer.ForProcess(format), clock);
    }

    public void Dispose() => _http.Dispose();

    private static OutputFormat OutputFormatOf(GlobalSettings settings, ConfigFile file, string profileName)
    {
        var text = settings.Output ?? file.Read().Find(profileName)?.OutputFormat ?? "table";
        return text == "json" ? OutputFormat.Json : OutputFormat.Table;
    }
}
