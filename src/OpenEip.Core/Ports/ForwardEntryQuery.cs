namespace OpenEip.Core.Ports;

/// <summary>DescribeForwardTableEntries within one forward table: each filter is exact (IpProtocol in lower case).</summary>
public sealed record ForwardEntryQuery(string ForwardTableId)
{
    public string? ForwardEntryId { get; init; }
    public string? Name { get; init; }
    public string? ExternalIp { get; init; }
    public string? ExternalPort { get; init; }
    public string? InternalIp { get; init; }
    public string? InternalPort { get; init; }
    public string? IpProtocol { get; init; }
    public int PageNumber { get; init; } = 1;
    public int PageSize { get; init; } = 10;
}
