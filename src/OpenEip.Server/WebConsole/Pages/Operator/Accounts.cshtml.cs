using Microsoft.AspNetCore.Mvc;
using OpenEip.Core.UseCases.Accounts;
using OpenEip.Core.UseCases.Billing;
using OpenEip.Server.Products;

namespace OpenEip.Server.WebConsole.Pages.Operator;

/// <summary>The operator's account list, and creating an account with its first AccessKey pair.</summary>
public sealed class AccountsModel(DescribeAccounts describe, CreateAccount create, OverdueAccounts overdueAccounts) : ConsolePageModel
{
    public sealed record Row(AccountSummary Summary, DateTimeOffset? OverdueSince);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>
    /// The account just created, with its secret: set only in the answer to the form's post, never kept for a
    /// later request (no TempData, no redirect), so the secret is shown this once.
    /// </summary>
    public CreatedAccount? Created { get; private set; }

    [BindProperty]
    public string? AccountName { get; set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var name = string.IsNullOrWhiteSpace(AccountName) ? null : AccountName.Trim();
        var result = await ConsoleAudit.RunAsync(HttpContext, ProductVersions.Operator, "CreateAccount", new Dictionary<string, string> { ["AccountName"] = name ?? "" },
            () => create.ExecuteAsync(new CreateAccountCommand(name), null, cancellationToken));
        if (result.Error is { } error)
        {
            ShowError(nameof(AccountName), error);
        }
        else
        {
            Created = result.Value;
            AccountName = null;
            // The answer holds a secret: no cache may keep it, and going back must not show it again.
            Response.Headers.CacheControl = "no-store";
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var summaries = await describe.ExecuteAsync(new DescribeAccountsQuery(null), cancellationToken);
        var overdue = await overdueAccounts.ExecuteAsync(new OverdueAccountsQuery(summaries.Select(s => s.Account.AccountId).ToList()), cancellationToken);
        Rows = summaries
            .OrderByDescending(s => s.Account.IsOperator)
            .ThenBy(s => s.Account.CreationTime)
            .Select(s => new Row(s, overdue.TryGetValue(s.Account.AccountId, out var since) ? since : null))
            .ToList();
    }
}
