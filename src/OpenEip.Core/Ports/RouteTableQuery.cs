namespace OpenEip.Core.Ports;

/// <summary>DescribeRouteTableList's filters; null means "any".</summary>
public sealed record RouteTableQuery(string AccountId, string RegionId)
{
    public string? VpcId { get; init; }
    public string? RouteTableId { get; init; }
    public string? RouteTableName { get; init; }
    public string? RouteTableType { get; init; }
    public string? RouterId { get; init; }
    public string? RouterType { get; init; }
    public string? ResourceGroupId { get; init; }

    /// <summary>Tag.N was given: route tables carry no tags here, so nothing matches.</summary>
    public bool FiltersByTag { get; init; }
    public int PageNumber { get; init; } = 1;
    public int PageSize { get; init; } = 10;
}
