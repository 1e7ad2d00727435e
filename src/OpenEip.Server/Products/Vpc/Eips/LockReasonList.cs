namespace OpenEip.Server.Products.Vpc.Eips;

public sealed record LockReasonList(IReadOnlyList<LockReasonItem> LockReason);
