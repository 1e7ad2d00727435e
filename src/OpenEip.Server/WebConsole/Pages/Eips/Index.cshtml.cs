using System.Net;
using Microsoft.AspNetCore.Mvc;
using OpenEip.Core.Eips;
using OpenEip.Core.Ports;
using OpenEip.Core.Tags;
using OpenEip.Core.UseCases.Billing;
using OpenEip.Core.UseCases.Eips;
using OpenEip.Server.Products;

namespace OpenEip.Server.WebConsole.Pages.Eips;

/// <summary>
/// The Elastic IP Addresses page (R-UI-1, R-UI-2): the account's EIPs in the region picked in the top bar, a
/// page at a time (the store pages and filters, so it stays fast with thousands), with each row's actions.
/// </summary>
public sealed class IndexModel(DescribeEips describe, IdleFeesOfEips idleFees, SetEipDeletionProtection protection, TimeProvider clock) : ConsolePageModel
{
    public const int PageSize = 20;

    /// <summary>A subscription EIP this close to its expiry is marked.</summary>
    public static readonly TimeSpan ExpirySoon = TimeSpan.FromDays(7);

    private static readonly string[] s_targetPrefixes = ["i-", "eni-", "ngw-", "lb-", "havip-"];

    /// <summary>An allocation id, an address, a bound resource's id, or a name.</summary>
    [BindProperty(Name = "q", SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(Name = "status", SupportsGet = true)]
    public string? StatusFilter { get; set; }

    // Not "page": Razor Pages keeps the page's own path under that route value, and binding would read it first.
    [BindProperty(Name = "pageNumber", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Eip> Items { get; private set; } = [];

    public IReadOnlyDictionary<string, IReadOnlyList<Tag>> Tags { get; private set; } = new Dictionary<string, IReadOnlyList<Tag>>();

    public IReadOnlyDictionary<string, IdleEipFee> IdleFees { get; private set; } = new Dictionary<string, IdleEipFee>();

    public int TotalCount { get; private set; }

    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);

    public DateTimeOffset Now { get; } = clock.GetUtcNow();

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        var result = await describe.ExecuteAsync(Filtered(new EipQuery(AccountId, RegionId) { PageSize = PageSize, PageNumber = PageNumber }), cancellationToken);
        if (result.Error is { } error)
        {
            Error = ConsoleErrors.Describe(error);
            return;
        }

        Items = result.Value.Page.Items;
        TotalCount = result.Value.Page.TotalCount;
        Tags = result.Value.TagsByAllocationId;
        IdleFees = await idleFees.ExecuteAsync(new IdleFeesOfEipsQuery(Items), cancellationToken);
    }

    /// <summary>Turns deletion protection on or off (DeletionProtection), then back to the list as it was.</summary>
    public async Task<IActionResult> OnPostProtectionAsync(string allocationId, bool enabled, CancellationToken cancellationToken)
    {
        var result = await AuditedAsync(ProductVersions.Vpc, "DeletionProtection", [("InstanceId", allocationId), ("Type", "EIP"), ("ProtectionEnable", enabled ? "true" : "false")],
            () => protection.ExecuteAsync(new SetEipDeletionProtectionCommand(AccountId, allocationId, RegionId, enabled), null, cancellationToken));
        Notice = result.Error is { } error
            ? ConsoleErrors.Describe(error)
            : enabled
                ? ConsoleText.L($"Deletion protection is on for {allocationId}.", $"{allocationId} の削除保護を有効にしました。")
                : ConsoleText.L($"Deletion protection is off for {allocationId}.", $"{allocationId} の削除保護を無効にしました。");
        return Redirect(ListUrl(PageNumber));
    }

    /// <summary>This list's address on another page, keeping the search and filter.</summary>
    public string ListUrl(int page)
    {
        var query = new List<string> { $"region={Uri.EscapeDataString(RegionId)}" };
        if (!string.IsNullOrWhiteSpace(Search))
            query.Add($"q={Uri.EscapeDataString(Search.Trim())}");
        if (!string.IsNullOrEmpty(StatusFilter))
            query.Add($"status={Uri.EscapeDataString(StatusFilter)}");
        if (page > 1)
            query.Add($"pageNumber={page}");
        return "/console/eips?" + string.Join('&', query);
    }

    private EipQuery Filtered(EipQuery query)
    {
        if (!string.IsNullOrEmpty(StatusFilter))
            query = LockFilters.Contains(StatusFilter) ? query with { LockReason = StatusFilter } : query with { Status = StatusFilter };
        var search = Search?.Trim();
        if (string.IsNullOrEmpty(search))
            return query;
        if (search.StartsWith("eip-", StringComparison.Ordinal))
            return query with { AllocationIds = [search] };
        if (IPAddress.TryParse(search, out _))
            return query with { IpAddresses = [search] };
        if (s_targetPrefixes.Any(p => search.StartsWith(p, StringComparison.Ordinal)))
            return query with { AssociatedInstanceId = search };
        return query with { Name = search };
    }

    /// <summary>Besides the statuses, the list filters on why an EIP is locked (R-EIP-8, R-LIFE-5).</summary>
    public static readonly IReadOnlyList<string> LockFilters = ["financial", "security"];
}
