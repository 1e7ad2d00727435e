namespace OpenEip.Cli.Common;

/// <summary>The options every command takes: which profile, and the overrides of its endpoint, region and output.</summary>
public sealed record GlobalSettings(string? Profile, string? Endpoint, string? Region, string? Output)
{
    public static GlobalSettings None { get; } = new(null, null, null, null);
}
