namespace OpenEip.DataPlane.Model;

/// <summary>
/// A chain and its rules, in order. <see cref="Header"/> is the base-chain part (<c>type nat hook prerouting
/// priority dstnat; policy accept;</c>), null for a regular chain. Rules are rewritten as a whole (flush and
/// add in one transaction) when they change; the rules are kept as one text so that equality is by value.
/// </summary>
internal sealed record NftChainSpec(string Name, string? Header, string RulesText)
{
    public static NftChainSpec Create(string name, string? header, IEnumerable<string> rules) => new(name, header, string.Join('\n', rules));

    public IReadOnlyList<string> Rules => RulesText.Length == 0 ? [] : RulesText.Split('\n');
}
