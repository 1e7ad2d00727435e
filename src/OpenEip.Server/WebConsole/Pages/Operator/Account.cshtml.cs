using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using OpenEip.Core.Billing;
using OpenEip.Core.Errors;
using OpenEip.Core.Quotas;
using OpenEip.Core.UseCases.Accounts;
using OpenEip.Core.UseCases.Billing;
using OpenEip.Server.Products;

namespace OpenEip.Server.WebConsole.Pages.Operator;

/// <summary>
/// One account as the operator manages it: its AccessKeys (create, the secret shown once; delete), its quotas
/// and the two privileges, and the overdue flag (R-LIFE-5). The same use cases as the operator API, in process.
/// </summary>
public sealed class AccountModel(
    DescribeAccounts describe, CreateAccessKey createKey, DeleteAccessKey deleteKey, SetAccountQuota setQuota, SetAccountOverdue setOverdue, OverdueAccounts overdueAccounts,
    BillingPolicy policy) : ConsolePageModel
{
    /// <summary>The largest quota value SetAccountQuota accepts.</summary>
    public const long MaxQuota = 1_000_000_000;

    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public AccountSummary? Summary { get; private set; }

    public DateTimeOffset? OverdueSince { get; private set; }

    /// <summary>A key created by this post: its secret is in this answer only.</summary>
    public NewKeyPair? CreatedKey { get; private set; }

    /// <summary>What was typed into a quota field that was refused, so that the field shows it again beside its error.</summary>
    public Dictionary<string, string> EnteredQuotas { get; } = new(StringComparer.Ordinal);

    public TimeSpan ReleaseGracePeriod => policy.ReleaseGracePeriod;

    public static string QuotaField(string quotaName) => $"Quota.{quotaName}";

    public static string KeyField(string accessKeyId) => $"Key.{accessKeyId}";

    public const string PrivilegeFieldPrefix = "Privilege.";

    public const string OverdueField = "Overdue";

    public long QuotaOf(string quotaName) => Summary?.Quotas.GetValueOrDefault(quotaName, QuotaNames.Defaults[quotaName]) ?? QuotaNames.Defaults[quotaName];

    public bool Has(string privilege) => QuotaOf(privilege) >= 1;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Found();
    }

    public async Task<IActionResult> OnPostCreateKeyAsync(CancellationToken cancellationToken)
    {
        var result = await ConsoleAudit.RunAsync(HttpContext, ProductVersions.Operator, "CreateAccessKey", new Dictionary<string, string> { ["AccountId"] = Id },
            () => createKey.ExecuteAsync(new CreateAccessKeyCommand(Id), null, cancellationToken));
        if (result.Error is { } error)
        {
            ShowError("", error);
        }
        else
        {
            var key = result.Value;
            CreatedKey = new NewKeyPair(ConsoleText.L($"AccessKey {key.AccessKeyId} created", $"AccessKey {key.AccessKeyId} を作成しました"), key.AccountId, key.AccessKeyId, key.AccessKeySecret);
            // The answer holds a secret: no cache may keep it.
            Response.Headers.CacheControl = "no-store";
        }

        await LoadAsync(cancellationToken);
        return Found();
    }

    public async Task<IActionResult> OnPostDeleteKeyAsync(string? accessKeyId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(accessKeyId))
            return await ShowAsync("", ApiErrors.MissingParameter("UserAccessKeyId"), cancellationToken);
        var result = await ConsoleAudit.RunAsync(HttpContext, ProductVersions.Operator, "DeleteAccessKey", new Dictionary<string, string> { ["UserAccessKeyId"] = accessKeyId },
            () => deleteKey.ExecuteAsync(new DeleteAccessKeyCommand(accessKeyId), null, cancellationToken));
        if (result.Error is { } error)
            return await ShowAsync(KeyField(accessKeyId), error, cancellationToken);
        Notice = ConsoleText.L($"AccessKey {accessKeyId} deleted. Requests signed with it are refused from now on.", $"AccessKey {accessKeyId} を削除しました。このキーで署名されたリクエストは今後拒否されます。");
        return Redirect(Self);
    }

    public async Task<IActionResult> OnPostSetQuotaAsync(string? quotaName, string? value, CancellationToken cancellationToken)
    {
        if (quotaName is null || !QuotaNames.Defaults.ContainsKey(quotaName))
            return await ShowAsync("", ApiErrors.UnknownQuota(quotaName ?? "", QuotaNames.Defaults.Keys), cancellationToken);
        if (!long.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number > MaxQuota)
        {
            EnteredQuotas[quotaName] = value ?? "";
            return await ShowAsync(QuotaField(quotaName), ApiErrors.InvalidParameter("Value", $"a whole number from 0 to {MaxQuota} is expected."), cancellationToken);
        }

        var result = await SetQuotaAsync(quotaName, number, cancellationToken);
        if (result.Error is { } error)
        {
            EnteredQuotas[quotaName] = value ?? "";
            return await ShowAsync(QuotaField(quotaName), error, cancellationToken);
        }

        Notice = ConsoleText.L($"Quota {quotaName} set to {number}.", $"クォータ {quotaName} を {number} に設定しました。");
        return Redirect(Self);
    }

    public async Task<IActionResult> OnPostPrivilegeAsync(string? quotaName, bool grant, CancellationToken cancellationToken)
    {
        if (quotaName is null || !QuotaTexts.Privileges.Contains(quotaName))
            return await ShowAsync("", ApiErrors.UnknownQuota(quotaName ?? "", QuotaTexts.Privileges), cancellationToken);
        var result = await SetQuotaAsync(quotaName, grant ? 1 : 0, cancellationToken);
        if (result.Error is { } error)
            return await ShowAsync(PrivilegeFieldPrefix + quotaName, error, cancellationToken);
        var privilege = QuotaTexts.PrivilegeName(quotaName);
        Notice = grant
            ? ConsoleText.L($"{privilege} granted to account {Id}.", $"アカウント {Id} に{privilege}を付与しました。")
            : ConsoleText.L($"{privilege} revoked from account {Id}.", $"アカウント {Id} の{privilege}を取り消しました。");
        return Redirect(Self);
    }

    public async Task<IActionResult> OnPostOverdueAsync(bool overdue, CancellationToken cancellationToken)
    {
        var result = await ConsoleAudit.RunAsync(HttpContext, ProductVersions.Operator, "SetAccountOverdue",
            new Dictionary<string, string> { ["AccountId"] = Id, ["Overdue"] = overdue ? "true" : "false" },
            () => setOverdue.ExecuteAsync(new SetAccountOverdueCommand(Id, overdue), null, cancellationToken));
        if (result.Error is { } error)
            return await ShowAsync(OverdueField, error, cancellationToken);
        Notice = overdue
            ? ConsoleText.L($"Account {Id} marked overdue: its pay-as-you-go EIPs are locked.", $"アカウント {Id} を延滞に設定しました: 従量課金 EIP はロックされました。")
            : ConsoleText.L($"Overdue flag of account {Id} cleared: the financial locks are lifted.", $"アカウント {Id} の延滞フラグを解除しました: 料金によるロックは解除されました。");
        return Redirect(Self);
    }

    private Task<Result<Unit>> SetQuotaAsync(string quotaName, long value, CancellationToken cancellationToken) =>
        ConsoleAudit.RunAsync(HttpContext, ProductVersions.Operator, "SetAccountQuota",
            new Dictionary<string, string> { ["AccountId"] = Id, ["QuotaName"] = quotaName, ["Value"] = value.ToString(CultureInfo.InvariantCulture) },
            () => setQuota.ExecuteAsync(new SetAccountQuotaCommand(Id, quotaName, value), null, cancellationToken));

    private string Self => $"/console/operator/accounts/{Uri.EscapeDataString(Id)}";

    /// <summary>Re-renders the page with the error beside the control that caused it.</summary>
    private async Task<IActionResult> ShowAsync(string field, Error error, CancellationToken cancellationToken)
    {
        ShowError(field, error);
        await LoadAsync(cancellationToken);
        return Found();
    }

    /// <summary>An unknown account is a page that says so (404), not an error page.</summary>
    private IActionResult Found()
    {
        if (Summary is null)
            Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Summary = (await describe.ExecuteAsync(new DescribeAccountsQuery(Id), cancellationToken)).FirstOrDefault();
        if (Summary is null)
            return;
        var overdue = await overdueAccounts.ExecuteAsync(new OverdueAccountsQuery([Id]), cancellationToken);
        OverdueSince = overdue.TryGetValue(Id, out var since) ? since : null;
    }
}
