namespace OpenEip.DataPlane.Actions;

/// <summary>
/// What a namespace holds that a driver starting blind must look for, because refilling sets and rewriting
/// chains does not reach it: its links (a port of an ENI that moved while the driver was down still bridges
/// the old address) and its nftables chains (a security-group chain of a previous run).
/// </summary>
public sealed record NamespaceInventory(IReadOnlyList<string> Links, IReadOnlyList<NftChainRef> Chains)
{
    public static NamespaceInventory Empty { get; } = new([], []);
}
