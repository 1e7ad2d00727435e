namespace OpenEip.DataPlane.Model;

/// <summary>
/// One nftables table OpenEip owns in a namespace: its sets and maps, its chains with their rules, and the
/// elements of each set. The table and its sets are created once and never deleted and recreated (recipe
/// §7: a table with a deny rule drops packets while a new one loads); only elements and rules change.
/// </summary>
internal sealed class NftTableModel(string family, string name)
{
    public string Family { get; } = family;
    public string Name { get; } = name;
    public string Key => $"{Family} {Name}";

    public SortedDictionary<string, NftSetSpec> Sets { get; } = new(StringComparer.Ordinal);
    public SortedDictionary<string, NftChainSpec> Chains { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, KeyedBag<string, NftElement>> Elements { get; } = new(StringComparer.Ordinal);

    public void AddSet(NftSetSpec set)
    {
        Sets[set.Name] = set;
        if (!Elements.ContainsKey(set.Name))
            Elements[set.Name] = NewBag();
    }

    public void AddChain(NftChainSpec chain) => Chains[chain.Name] = chain;

    public KeyedBag<string, NftElement> ElementsOf(string set) =>
        Elements.TryGetValue(set, out var bag) ? bag : throw new InvalidOperationException($"No set {set} in table {Key}.");

    public static KeyedBag<string, NftElement> NewBag() => new(e => e.Key);
}
