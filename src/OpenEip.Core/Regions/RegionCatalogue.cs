using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenEip.Core.Regions;

/// <summary>
/// The regions this service offers, loaded from the versioned data file <c>Regions/regions.json</c>
/// (rules as data: which EIP modes each region supports lives there, not in code).
/// </summary>
public sealed class RegionCatalogue
{
    private readonly Dictionary<string, Region> _byId;

    public RegionCatalogue(IEnumerable<Region> regions)
    {
        Regions = regions.ToList();
        _byId = Regions.ToDictionary(r => r.RegionId, StringComparer.Ordinal);
    }

    public IReadOnlyList<Region> Regions { get; }

    public Region? Find(string regionId) => _byId.GetValueOrDefault(regionId);

    public static RegionCatalogue LoadEmbedded()
    {
        using var stream = typeof(RegionCatalogue).Assembly.GetManifestResourceStream("OpenEip.Core.Regions.regions.json")
            ?? throw new InvalidOperationException("The embedded region catalogue is missing.");
        return Load(stream);
    }

    public static RegionCatalogue Load(Stream json)
    {
        var file = JsonSerializer.Deserialize<CatalogueFile>(json, SerializerOptions)
            ?? throw new InvalidOperationException("The region catalogue is empty.");
        return new RegionCatalogue(file.Regions);
    }

    private static readonly JsonSerializerOptions SerializerOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    private sealed record CatalogueFile(List<Region> Regions);
}
