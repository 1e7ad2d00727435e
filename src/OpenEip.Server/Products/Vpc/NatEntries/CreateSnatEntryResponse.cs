namespace OpenEip.Server.Products.Vpc.NatEntries;

public sealed record CreateSnatEntryResponse(string SnatEntryId);
