namespace OpenEip.Core.Ports;

/// <summary>DescribeSnatTableEntries within one SNAT table: each filter is exact, SnatIp matches an entry that uses the address.</summary>
public sealed record SnatEntryQuery(string SnatTableId)
{
    public string? SnatEntryId { get; init; }
    public string? Name { get; init; }
    public string? SnatIp { get; init; }
    public string? SourceCidr { get; init; }
    public string? SourceVSwitchId { get; init; }
    public int PageNumber { get; init; } = 1;
    public int PageSize { get; init; } = 10;
}
