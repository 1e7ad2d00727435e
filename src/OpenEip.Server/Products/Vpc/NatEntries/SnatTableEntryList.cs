namespace OpenEip.Server.Products.Vpc.NatEntries;

public sealed record SnatTableEntryList(IReadOnlyList<SnatTableEntryItem> SnatTableEntry);
