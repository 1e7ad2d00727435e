namespace OpenEip.DataPlane.Model;

/// <param name="Declaration">The body of the declaration, e.g. <c>type ipv4_addr : ipv4_addr;</c>.</param>
internal sealed record NftSetSpec(string Name, bool IsMap, string Declaration)
{
    public string Keyword => IsMap ? "map" : "set";
}
