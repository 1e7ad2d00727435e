namespace OpenEip.Server.Products.Vpc.Nat;

public sealed record SnatTableIdList(IReadOnlyList<string> SnatTableId);
