using System.Text.Json.Serialization;

namespace OpenEip.Cli.Configuration;

/// <summary>The whole configuration file: the profiles and which one is used when none is named.</summary>
public sealed record Profiles
{
    public const string DefaultName = "default";

    [JsonPropertyName("current")]
    public string Current { get; init; } = DefaultName;

    [JsonPropertyName("profiles")]
    public IReadOnlyList<Profile> Items { get; init; } = [];

    public Profile? Find(string name) => Items.FirstOrDefault(p => p.Name == name);

    public Profiles With(Profile profile) =>
        this with { Items = [.. Items.Where(p => p.Name != profile.Name), profile] };

    public Profiles Without(string name) =>
        this with { Items = [.. Items.Where(p => p.Name != name)], Current = Current == name ? DefaultName : Current };
}
