namespace OpenEip.Server.Products.Operator;

public sealed record AuditEventList(IReadOnlyList<AuditEventItem> AuditEvent);
