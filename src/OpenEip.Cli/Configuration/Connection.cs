namespace OpenEip.Cli.Configuration;

/// <summary>The settings one command runs with: a profile with the environment's and the command line's overrides applied.</summary>
public sealed record Connection(Uri Endpoint, string AccessKeyId, string AccessKeySecret, string RegionId, string ProfileName);
