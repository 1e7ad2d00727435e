namespace OpenEip.Server.Products.Vpc.Eips;

public sealed record LockReasonItem(string LockReason);
