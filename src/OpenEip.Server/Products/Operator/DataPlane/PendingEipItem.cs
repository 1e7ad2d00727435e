namespace OpenEip.Server.Products.Operator.DataPlane;

public sealed record PendingEipItem(string AllocationId, long Generation, string SpecChangedAt);
