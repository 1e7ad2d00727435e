using Microsoft.AspNetCore.Mvc;
using OpenEip.Core.Calls;
using OpenEip.Core.UseCases.Accounts;

namespace OpenEip.Server.WebConsole.Pages.Operator;

/// <summary>The audit trail (DescribeAuditEvents' use case): mutating API calls, newest first, filtered and paged.</summary>
public sealed class AuditModel(IRequestLedger ledger, DescribeAccounts describeAccounts) : ConsolePageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "account")]
    public string? AccountFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "eventAction")]
    public string? ActionFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "resource")]
    public string? ResourceFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEvent> Events { get; private set; } = [];

    public int TotalCount { get; private set; }

    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);

    public IReadOnlyList<AccountSummary> AllAccounts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        AllAccounts = await describeAccounts.ExecuteAsync(new DescribeAccountsQuery(null), cancellationToken);
        // A page number out of range (typed into the address) shows the first page rather than an error.
        if (PageNumber < 1 || PageNumber > 1_000_000)
            PageNumber = 1;
        var query = new AuditQuery
        {
            AccountId = Blank(AccountFilter),
            EventAction = Blank(ActionFilter),
            ResourceId = Blank(ResourceFilter),
            PageNumber = PageNumber,
            PageSize = PageSize,
        };
        var page = await ledger.FindEventsAsync(query, cancellationToken);
        Events = page.Items;
        TotalCount = page.TotalCount;
    }

    /// <summary>This page's address with the filters kept and another page number.</summary>
    public string PageLink(int number)
    {
        var parts = new List<string>();
        if (Blank(AccountFilter) is { } account)
            parts.Add("account=" + Uri.EscapeDataString(account));
        if (Blank(ActionFilter) is { } action)
            parts.Add("eventAction=" + Uri.EscapeDataString(action));
        if (Blank(ResourceFilter) is { } resource)
            parts.Add("resource=" + Uri.EscapeDataString(resource));
        parts.Add("pageNumber=" + number);
        return "/console/operator/audit?" + string.Join('&', parts);
    }

    /// <summary>The events that touched one resource, whatever the other filters were.</summary>
    public static string ResourceLink(string resourceId) => "/console/operator/audit?resource=" + Uri.EscapeDataString(resourceId);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
