namespace OpenEip.Core.Calls;

/// <summary>DescribeAuditEvents' filters: all optional, newest first, paged.</summary>
public sealed record AuditQuery
{
    public string? AccountId { get; init; }
    public string? ResourceId { get; init; }
    public string? EventAction { get; init; }
    public DateTimeOffset? StartTime { get; init; }
    public DateTimeOffset? EndTime { get; init; }
    public int PageNumber { get; init; } = 1;
    public int PageSize { get; init; } = 10;
}
