using System.CommandLine;
using OpenEip.Cli.Common;

namespace OpenEip.Cli.Verbs;

/// <summary>The options every command takes, anywhere on the line (recursive options of the root).</summary>
public static class GlobalOptions
{
    public static readonly Option<string?> Profile = new("--profile", "-p")
    {
        Description = "The profile of ~/.openeip/config.json to use (else OPENEIP_PROFILE, else the current one)",
        Recursive = true,
    };

    public static readonly Option<string?> Endpoint = new("--endpoint")
    {
        Description = "The server, e.g. http://127.0.0.1:8080 (overrides OPENEIP_ENDPOINT and the profile)",
        Recursive = true,
    };

    public static readonly Option<string?> Region = new("--region")
    {
        Description = "The region, e.g. cn-hangzhou (overrides OPENEIP_REGION and the profile)",
        Recursive = true,
    };

    public static readonly Option<string?> Output = new("--output", "-o")
    {
        Description = "table (on a terminal) or json (for scripts); the profile's choice when not given",
        Recursive = true,
    };

    static GlobalOptions() => Output.AcceptOnlyFromAmong("table", "json");

    public static IEnumerable<Option> All => [Profile, Endpoint, Region, Output];

    public static GlobalSettings Read(ParseResult result) => new(
        result.GetValue(Profile), result.GetValue(Endpoint), result.GetValue(Region), result.GetValue(Output));
}
