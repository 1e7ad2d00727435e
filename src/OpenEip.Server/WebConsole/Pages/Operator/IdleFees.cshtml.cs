using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using OpenEip.Core.Billing;
using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Accounts;
using OpenEip.Core.UseCases.Billing;
using OpenEip.Server.Products;

namespace OpenEip.Server.WebConsole.Pages.Operator;

/// <summary>
/// The idle-fee report (R-LIFE-2), as DescribeIdleEipFees gives it: per account, the fee each pay-as-you-go EIP
/// has run up while unbound, and the idle price per hour, which the operator can change here (SetIdleEipPrice).
/// </summary>
public sealed class IdleFeesModel(DescribeIdleEipFees describeFees, SetIdleEipPrice setPrice, DescribeAccounts describeAccounts, BillingPolicy policy) : ConsolePageModel
{
    /// <summary>The highest price SetIdleEipPrice accepts.</summary>
    public const decimal MaxPrice = 1_000_000m;

    public sealed record AccountFees(string AccountId, string AccountName, decimal Total, IReadOnlyList<IdleEipFee> Eips);

    /// <summary>Only this account's EIPs (empty: every account's).</summary>
    [BindProperty(SupportsGet = true, Name = "account")]
    public string? AccountFilter { get; set; }

    [BindProperty]
    public string? PricePerHour { get; set; }

    public decimal CurrentPrice { get; private set; }

    public IReadOnlyList<AccountFees> Accounts { get; private set; } = [];

    public IReadOnlyList<AccountSummary> AllAccounts { get; private set; } = [];

    public TimeSpan SuggestReleaseAfter => policy.SuggestReleaseAfter;

    public decimal DefaultPrice => policy.DefaultIdleFeePerHour;

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostSetPriceAsync(CancellationToken cancellationToken)
    {
        var text = PricePerHour?.Trim();
        if (!(decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var price) && price <= MaxPrice))
        {
            ShowError(nameof(PricePerHour), ApiErrors.InvalidParameter("PricePerHour", "a non-negative decimal number such as 0.02 is expected."));
            await LoadAsync(cancellationToken);
            return Page();
        }

        var result = await ConsoleAudit.RunAsync(HttpContext, ProductVersions.Operator, "SetIdleEipPrice", new Dictionary<string, string> { ["PricePerHour"] = text! },
            () => setPrice.ExecuteAsync(new SetIdleEipPriceCommand(price), null, cancellationToken));
        if (result.Error is { } error)
        {
            ShowError(nameof(PricePerHour), error);
            await LoadAsync(cancellationToken);
            return Page();
        }

        Notice = ConsoleText.L($"Idle price set to {OperatorFormat.Number(price)} per EIP and hour.", $"アイドル料金を EIP 1 つ 1 時間あたり {OperatorFormat.Number(price)} に設定しました。");
        return Redirect(string.IsNullOrEmpty(AccountFilter) ? "/console/operator/idle-fees" : $"/console/operator/idle-fees?account={Uri.EscapeDataString(AccountFilter)}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        AllAccounts = await describeAccounts.ExecuteAsync(new DescribeAccountsQuery(null), cancellationToken);
        var filter = string.IsNullOrWhiteSpace(AccountFilter) ? null : AccountFilter.Trim();
        var report = await describeFees.ExecuteAsync(new DescribeIdleEipFeesQuery(filter), cancellationToken);
        if (report.Error is { } error)
        {
            // An account filter that names no account: said beside the filter, with every account's report below.
            ShowError("account", error);
            report = await describeFees.ExecuteAsync(new DescribeIdleEipFeesQuery(null), cancellationToken);
        }

        CurrentPrice = report.Value.PricePerHour;
        PricePerHour ??= OperatorFormat.Number(CurrentPrice);
        var names = AllAccounts.ToDictionary(a => a.Account.AccountId, a => a.Account.AccountName, StringComparer.Ordinal);
        Accounts = report.Value.Eips
            .GroupBy(e => e.AccountId, StringComparer.Ordinal)
            .Select(g => new AccountFees(g.Key, names.GetValueOrDefault(g.Key) ?? "", g.Sum(e => e.Fee),
                g.OrderByDescending(e => e.Fee).ThenBy(e => e.AllocationId, StringComparer.Ordinal).ToList()))
            .OrderByDescending(a => a.Total)
            .ThenBy(a => a.AccountId, StringComparer.Ordinal)
            .ToList();
    }
}
