namespace OpenEip.DataPlane.Actions;

/// <summary>A chain found on the host: its table's family and name, and its own name.</summary>
public sealed record NftChainRef(string Family, string Table, string Name);
