namespace OpenEip.Server.Products.Operator.DataPlane;

public sealed record DescribePendingEipsResponse(int TotalCount, PendingEipList PendingEips);
