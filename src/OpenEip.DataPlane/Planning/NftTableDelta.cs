using OpenEip.DataPlane.Model;

namespace OpenEip.DataPlane.Planning;

/// <summary>
/// The changes to one table. With <see cref="Ensure"/> (a new table, or a pass that cannot trust what is
/// there) every set and chain is declared again (nft's <c>add</c> is a no-op for what exists), every chain
/// rewritten and every set refilled, in one transaction: nothing is ever deleted and recreated.
/// </summary>
internal sealed class NftTableDelta(string family, string name)
{
    public string Family { get; } = family;
    public string Name { get; } = name;
    public string Key => $"{Family} {Name}";
    public bool Ensure { get; set; }
    public List<NftSetSpec> SetsDeclared { get; } = [];
    public List<NftChainSpec> ChainsDeclared { get; } = [];
    public SortedDictionary<string, List<NftElement>> ElementsRemoved { get; } = new(StringComparer.Ordinal);
    public List<NftSetSpec> SetsRefilled { get; } = [];
    public List<NftChainSpec> ChainsRewritten { get; } = [];
    public SortedDictionary<string, List<NftElement>> ElementsAdded { get; } = new(StringComparer.Ordinal);
    public List<NftChainSpec> ChainsRemoved { get; } = [];
    public List<NftSetSpec> SetsRemoved { get; } = [];

    public void Removed(string set, NftElement element) => Add(ElementsRemoved, set, element);

    public void Added(string set, NftElement element) => Add(ElementsAdded, set, element);

    private static void Add(SortedDictionary<string, List<NftElement>> lists, string set, NftElement element)
    {
        if (!lists.TryGetValue(set, out var list))
            lists[set] = list = [];
        list.Add(element);
    }
}
