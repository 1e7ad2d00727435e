using System.Globalization;
using OpenEip.Core.Calls;
using OpenEip.Core.Errors;
using OpenEip.Rpc.Dispatch;
using OpenEip.Rpc.Parameters;

namespace OpenEip.Server.Products.Operator;

/// <summary>
/// DescribeAuditEvents: the audit trail of mutating calls, newest first, filtered by AccountId,
/// ResourceId, EventAction and a StartTime/EndTime range (UTC, yyyy-MM-ddTHH:mm:ssZ), paged.
/// </summary>
public sealed class DescribeAuditEventsAction(IRequestLedger ledger) : IRpcAction
{
    public string Version => ProductVersions.Operator;

    public string Name => "DescribeAuditEvents";

    public bool IsMutating => false;

    public bool RequiresOperator => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var query = new AuditQuery
        {
            AccountId = bind.NonEmptyString("AccountId", 64),
            ResourceId = bind.NonEmptyString("ResourceId", 64),
            EventAction = bind.NonEmptyString("EventAction", 128),
            StartTime = Time(bind, "StartTime"),
            EndTime = Time(bind, "EndTime"),
            PageNumber = bind.Int("PageNumber", 1, 1_000_000) ?? 1,
            PageSize = bind.Int("PageSize", 1, 100) ?? 10,
        };
        if (bind.Error is not null)
            return bind.Error;
        if (query.StartTime > query.EndTime)
            return ApiErrors.InvalidParameter("StartTime", "it is after EndTime.");

        var page = await ledger.FindEventsAsync(query, context.CancellationToken);
        return new DescribeAuditEventsResponse(page.TotalCount, query.PageNumber, query.PageSize,
            new AuditEventList(page.Items.Select(AuditEventItem.From).ToList()));
    }

    private static DateTimeOffset? Time(ParameterBinder bind, string name)
    {
        var value = bind.NonEmptyString(name, 64);
        if (value is null)
            return null;
        if (DateTimeOffset.TryParseExact(value, ["yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm'Z'"], CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
            return time;
        bind.Fail(ApiErrors.InvalidParameter(name, "a UTC time as yyyy-MM-ddTHH:mm:ssZ is expected."));
        return null;
    }
}
