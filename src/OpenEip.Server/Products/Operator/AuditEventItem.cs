using OpenEip.Core.Calls;

namespace OpenEip.Server.Products.Operator;

/// <summary>One audit event as DescribeAuditEvents reports it (field names after ActionTrail's, in Alibaba's PascalCase).</summary>
public sealed record AuditEventItem(
    string EventId,
    string EventTime,
    string AccountId,
    string AccessKeyId,
    string EventAction,
    string ApiVersion,
    string EventRequestId,
    string SourceIpAddress,
    IReadOnlyDictionary<string, string> RequestParameters,
    ResourceIdList ResourceIds,
    string ErrorCode,
    string ErrorMessage)
{
    public static AuditEventItem From(AuditEvent e) => new(
        e.EventId, WireTime.Seconds(e.EventTime), e.AccountId, e.AccessKeyId, e.Action, e.Version, e.RequestId, e.SourceIpAddress,
        e.Parameters, new ResourceIdList(e.ResourceIds), e.ErrorCode ?? "", e.ErrorMessage ?? "");
}
