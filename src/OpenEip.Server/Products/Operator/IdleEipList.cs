namespace OpenEip.Server.Products.Operator;

public sealed record IdleEipList(IReadOnlyList<IdleEipItem> IdleEip);
