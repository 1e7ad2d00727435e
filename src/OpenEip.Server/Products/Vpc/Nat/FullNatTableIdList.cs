namespace OpenEip.Server.Products.Vpc.Nat;

public sealed record FullNatTableIdList(IReadOnlyList<string> FullNatTableId);
