namespace OpenEip.Server.Products.Vpc.NatEntries;

public sealed record ForwardTableEntryList(IReadOnlyList<ForwardTableEntryItem> ForwardTableEntry);
