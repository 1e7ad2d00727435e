namespace OpenEip.Server.Products.Vpc.Nat;

public sealed record ForwardTableIdList(IReadOnlyList<string> ForwardTableId);
