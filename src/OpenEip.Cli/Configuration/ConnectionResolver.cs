using OpenEip.Cli.Common;

namespace OpenEip.Cli.Configuration;

/// <summary>
/// Decides what a command connects with. Precedence, highest first: the command line (<c>--endpoint</c>,
/// <c>--region</c>), the environment (<c>OPENEIP_*</c>), the profile (<c>--profile</c>, else
/// <c>OPENEIP_PROFILE</c>, else the file's current one).
/// </summary>
public static class ConnectionResolver
{
    public static Connection Resolve(ConfigFile file, string? profileName, string? endpoint, string? region)
    {
        var profiles = file.Read();
        var name = profileName ?? EnvironmentVariables.Get(EnvironmentVariables.Profile) ?? profiles.Current;
        var profile = profiles.Find(name);
        if (profile is null && profileName is not null)
            throw new CliException($"No profile named '{profileName}' in {file.Path}; create it with `openeip configure --profile {profileName}`.");
        profile ??= new Profile { Name = name };

        var endpointText = endpoint ?? EnvironmentVariables.Get(EnvironmentVariables.Endpoint) ?? profile.Endpoint;
        var keyId = EnvironmentVariables.Get(EnvironmentVariables.AccessKeyId) ?? profile.AccessKeyId;
        var secret = EnvironmentVariables.Get(EnvironmentVariables.AccessKeySecret) ?? profile.AccessKeySecret;
        var regionId = region ?? EnvironmentVariables.Get(EnvironmentVariables.Region) ?? profile.RegionId;
        if (string.IsNullOrEmpty(endpointText))
            throw new CliException($"No endpoint: run `openeip configure`, pass --endpoint, or set {EnvironmentVariables.Endpoint}.");
        if (string.IsNullOrEmpty(keyId) || string.IsNullOrEmpty(secret))
            throw new CliException($"No AccessKey pair: run `openeip configure`, or set {EnvironmentVariables.AccessKeyId} and {EnvironmentVariables.AccessKeySecret}.");
        return new Connection(EndpointUri.Parse(endpointText), keyId, secret, regionId, profile.Name);
    }
}
