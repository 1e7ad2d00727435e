using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using OpenEip.Cli.Api;
using OpenEip.Cli.Common;
using OpenEip.Cli.Generic;
using OpenEip.Cli.Output;

namespace OpenEip.Cli.Verbs.Operator.Audit;

/// <summary>
/// <c>openeip audit</c> (operator): the audit trail (DescribeAuditEvents), newest first. The trail can be long, so
/// the command gathers pages only up to <c>--limit</c> events (50 by default) instead of all of it.
/// </summary>
public static class AuditCommand
{
    /// <summary>DescribeAuditEvents' largest page.</summary>
    private const int MaxPageSize = 100;

    private const int MaxLimit = 100_000;

    private const string ListPathName = "AuditEvents.AuditEvent";

    private static readonly IReadOnlyList<Column> s_columns =
    [
        Column.Field("Time", "EventTime"),
        Column.Field("Account", "AccountId"),
        Column.Field("Action", "EventAction"),
        Column.Field("Resources", "ResourceIds.ResourceId"),
        Column.Field("Error", "ErrorCode"),
    ];

    public static Command Create()
    {
        var account = new Option<string?>("--account") { Description = "Only calls made by this account" };
        var resource = new Option<string?>("--resource") { Description = "Only calls that named or created this resource (eip-…, i-…, an account id, …)" };
        var action = new Option<string?>("--action") { Description = "Only calls of this action, e.g. AllocateEipAddress" };
        var since = new Option<string?>("--since") { Description = "Only calls at or after this time: 2026-05-01T09:30:00Z, a date (UTC midnight), or an age such as 30m, 12h, 7d" };
        var until = new Option<string?>("--until") { Description = "Only calls at or before this time (same forms as --since)" };
        var limit = new Option<int>("--limit")
        {
            Description = $"At most this many events, newest first (1 to {MaxLimit})",
            DefaultValueFactory = _ => 50,
        };
        var command = new Command("audit",
            "Operator: the audit trail of mutating API calls, newest first (time, account, action, resources, error code; JSON: the events)")
        {
            account, resource, action, since, until, limit,
        };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var most = result.GetValue(limit);
            if (most is < 1 or > MaxLimit)
                throw new CliException($"--limit takes 1 to {MaxLimit}.");
            var now = session.Clock.GetUtcNow();
            var filters = new ParameterList()
                .Add("AccountId", result.GetValue(account))
                .Add("ResourceId", result.GetValue(resource))
                .Add("EventAction", result.GetValue(action))
                .Add("StartTime", result.GetValue(since) is { } from ? AuditTime.Parse("--since", from, now) : null)
                .Add("EndTime", result.GetValue(until) is { } to ? AuditTime.Parse("--until", to, now) : null);
            var (events, total) = await NewestAsync(session, filters, most, cancellationToken);
            session.Renderer.List(events, s_columns);
            if (total > events.Count)
                session.Renderer.Note($"The newest {events.Count} of {total} events; --limit shows more.");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Pages of one size (so that they do not overlap) until <paramref name="limit"/> events or the last page.</summary>
    private static async Task<(IReadOnlyList<JsonElement> Events, long Total)> NewestAsync(
        CliSession session, ParameterList filters, int limit, CancellationToken cancellationToken)
    {
        var pageSize = Math.Min(limit, MaxPageSize);
        var events = new List<JsonElement>();
        long total = 0;
        for (var page = 1; events.Count < limit; page++)
        {
            var body = await session.Client.CallAsync(Products.Admin, "DescribeAuditEvents", filters
                .With("PageSize", pageSize.ToString(CultureInfo.InvariantCulture))
                .With("PageNumber", page.ToString(CultureInfo.InvariantCulture)), cancellationToken);
            total = Fields.Number(body, "TotalCount") ?? 0;
            var items = ListPath.Items(body, ListPathName).ToList();
            events.AddRange(items.Take(limit - events.Count));
            if (items.Count < pageSize || events.Count >= total)
                break;
        }

        return (events, total);
    }
}
