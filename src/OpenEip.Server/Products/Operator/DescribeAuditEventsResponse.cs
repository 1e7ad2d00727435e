namespace OpenEip.Server.Products.Operator;

public sealed record DescribeAuditEventsResponse(int TotalCount, int PageNumber, int PageSize, AuditEventList AuditEvents);
