namespace OpenEip.Server.Products.Vpc.NatEntries;

public sealed record DescribeForwardTableEntriesResponse(int PageNumber, int PageSize, int TotalCount, ForwardTableEntryList ForwardTableEntries);
