namespace OpenEip.Server.Products.Vpc.NatEntries;

public sealed record DescribeSnatTableEntriesResponse(int PageNumber, int PageSize, int TotalCount, SnatTableEntryList SnatTableEntries);
