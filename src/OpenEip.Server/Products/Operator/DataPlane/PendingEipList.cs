namespace OpenEip.Server.Products.Operator.DataPlane;

public sealed record PendingEipList(IReadOnlyList<PendingEipItem> PendingEip);
