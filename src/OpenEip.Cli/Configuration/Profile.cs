using System.Text.Json.Serialization;

namespace OpenEip.Cli.Configuration;

/// <summary>One named set of connection settings in <c>~/.openeip/config.json</c>, spelled as aliyun spells its profiles.</summary>
public sealed record Profile
{
    [JsonPropertyName("name")]
    public string Name { get; init; } = Profiles.DefaultName;

    [JsonPropertyName("endpoint")]
    public string Endpoint { get; init; } = "";

    [JsonPropertyName("access_key_id")]
    public string AccessKeyId { get; init; } = "";

    [JsonPropertyName("access_key_secret")]
    public string AccessKeySecret { get; init; } = "";

    [JsonPropertyName("region_id")]
    public string RegionId { get; init; } = "";

    [JsonPropertyName("output_format")]
    public string OutputFormat { get; init; } = "table";
}
