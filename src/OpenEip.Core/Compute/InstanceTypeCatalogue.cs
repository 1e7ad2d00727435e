using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenEip.Core.Compute;

/// <summary>
/// The instance types on offer and which families may use the multi-EIP-to-ENI mode, loaded from the
/// versioned data file <c>Compute/instance-types.json</c> (rules as data).
/// </summary>
public sealed class InstanceTypeCatalogue
{
    private readonly Dictionary<string, InstanceType> _byId;
    private readonly HashSet<string> _multiBindedFamilies;

    public InstanceTypeCatalogue(IEnumerable<InstanceType> types, IEnumerable<string> multiBindedFamilies)
    {
        Types = types.ToList();
        _byId = Types.ToDictionary(t => t.InstanceTypeId, StringComparer.Ordinal);
        _multiBindedFamilies = multiBindedFamilies.ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<InstanceType> Types { get; }

    public InstanceType? Find(string instanceTypeId) => _byId.GetValueOrDefault(instanceTypeId);

    /// <summary>R-MULTI-6: whether instances of this family may have MULTI_BINDED EIPs on their ENIs.</summary>
    public bool SupportsMultiBinded(string family) => _multiBindedFamilies.Contains(family);

    public static InstanceTypeCatalogue LoadEmbedded()
    {
        using var stream = typeof(InstanceTypeCatalogue).Assembly.GetManifestResourceStream("OpenEip.Core.Compute.instance-types.json")
            ?? throw new InvalidOperationException("The embedded instance-type catalogue is missing.");
        var file = JsonSerializer.Deserialize<CatalogueFile>(stream, SerializerOptions)
            ?? throw new InvalidOperationException("The instance-type catalogue is empty.");
        var types = file.Families.SelectMany(f => f.Types.Select(t => new InstanceType(
            t.InstanceTypeId, f.Family, f.Level, t.CpuCoreCount, t.MemorySize, t.EniQuantity, t.EniPrivateIpAddressQuantity)));
        return new InstanceTypeCatalogue(types, file.MultiBindedFamilies);
    }

    private static readonly JsonSerializerOptions SerializerOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    private sealed record CatalogueFile(List<string> MultiBindedFamilies, List<FamilyEntry> Families);

    private sealed record FamilyEntry(string Family, string Level, List<TypeEntry> Types);

    private sealed record TypeEntry(string InstanceTypeId, int CpuCoreCount, int MemorySize, int EniQuantity, int EniPrivateIpAddressQuantity);
}
