using OpenEip.DataPlane.Model;

namespace OpenEip.DataPlane.Planning;

/// <summary>
/// Writes table deltas as one nftables transaction, in an order every statement can rely on: declarations
/// (sets and chains exist before anything refers to them), element deletions (before a chain they jump to
/// goes, and before a key is added again with a new value), refills, chain rewrites (flush and add rules),
/// element additions, then removed chains and sets (nothing refers to them any more). A chain or set that
/// may or may not exist (an unknown state) is declared before it is deleted, so the deletion cannot fail.
/// </summary>
internal static class NftScriptWriter
{
    public const int ElementsPerStatement = 256;

    public static string Write(IEnumerable<NftTableDelta> tables, NftPart part)
    {
        var lines = tables.SelectMany(t => Lines(t, part)).ToList();
        return lines.Count == 0 ? "" : string.Join('\n', lines) + "\n";
    }

    public static IEnumerable<string> Lines(NftTableDelta delta, NftPart part)
    {
        var at = $"{delta.Family} {delta.Name}";
        if (part != NftPart.Admit)
        {
            foreach (var line in Elements("delete element", at, delta.ElementsRemoved, e => e.Key))
                yield return line;
        }

        if (part == NftPart.Withdraw)
            yield break;
        if (delta.Ensure)
            yield return $"add table {at}";
        foreach (var set in delta.SetsDeclared)
            yield return Declare(at, set);
        foreach (var chain in delta.ChainsDeclared)
            yield return chain.Header is null ? $"add chain {at} {chain.Name}" : $"add chain {at} {chain.Name} {{ {chain.Header} }}";
        foreach (var set in delta.SetsRefilled)
            yield return $"flush {set.Keyword} {at} {set.Name}";
        foreach (var chain in delta.ChainsRewritten)
        {
            yield return $"flush chain {at} {chain.Name}";
            foreach (var rule in chain.Rules)
                yield return $"add rule {at} {chain.Name} {rule}";
        }

        foreach (var line in Elements("add element", at, delta.ElementsAdded, e => e.Text))
            yield return line;
        // Every removed chain is emptied before any is deleted: one may jump to another (leftovers of an earlier run).
        foreach (var chain in delta.ChainsRemoved)
        {
            if (delta.Ensure)
                yield return $"add chain {at} {chain.Name}";
            yield return $"flush chain {at} {chain.Name}";
        }

        foreach (var chain in delta.ChainsRemoved)
            yield return $"delete chain {at} {chain.Name}";

        foreach (var set in delta.SetsRemoved)
        {
            if (delta.Ensure)
                yield return Declare(at, set);
            yield return $"delete {set.Keyword} {at} {set.Name}";
        }
    }

    private static string Declare(string at, NftSetSpec set) => $"add {set.Keyword} {at} {set.Name} {{ {set.Declaration} }}";

    private static IEnumerable<string> Elements(string verb, string at, SortedDictionary<string, List<NftElement>> sets, Func<NftElement, string> text)
    {
        foreach (var (set, elements) in sets)
        {
            foreach (var chunk in elements.Chunk(ElementsPerStatement))
                yield return $"{verb} {at} {set} {{ {string.Join(", ", chunk.Select(text))} }}";
        }
    }
}
