namespace OpenEip.Cli.Configuration;

/// <summary>The variables that override the profile (scripts, CI). The secret is read from here, never printed.</summary>
public static class EnvironmentVariables
{
    public const string Endpoint = "OPENEIP_ENDPOINT";

    public const string AccessKeyId = "OPENEIP_ACCESS_KEY_ID";

    public const string AccessKeySecret = "OPENEIP_ACCESS_KEY_SECRET";

    public const string Region = "OPENEIP_REGION";

    public const string Profile = "OPENEIP_PROFILE";

    public static string? Get(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}
