namespace OpenEip.Server.Products.Vpc.NatEntries;

public sealed record CreateForwardEntryResponse(string ForwardEntryId);
