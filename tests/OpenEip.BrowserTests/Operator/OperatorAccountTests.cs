using Microsoft.Playwright;
using OpenEip.Core.Quotas;
using static Microsoft.Playwright.Assertions;

namespace OpenEip.BrowserTests.Operator;

/// <summary>The operator's account pages: creating an account, its privileges and its overdue flag.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class OperatorAccountTests(ServerFixture server, BrowserFixture browser)
{
    private const string AccountsPath = "/console/operator/accounts";

    [ChromiumFact]
    public async Task CreateAccount_ShowsItsPairOnce_AndThatPairSignsIn()
    {
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await OperatorSteps.OperatorPageAsync(context, server, AccountsPath);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Accounts");
        var name = OperatorSteps.UniqueName("created");

        await page.GetByLabel("Account name").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        var shown = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "The secret is shown only now." });
        await Expect(shown).ToBeVisibleAsync();
        var accountId = (await page.GetByTestId("new-account-id").TextContentAsync())!.Trim();
        var keyId = (await page.GetByTestId("new-access-key-id").TextContentAsync())!.Trim();
        var secret = (await page.GetByTestId("new-access-key-secret").TextContentAsync())!.Trim();
        Assert.StartsWith("LTAI", keyId);
        Assert.NotEmpty(secret);
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = accountId });
        await Expect(row).ToContainTextAsync(name);

        // Shown once: the same list opened again has the account but not its secret.
        await page.GotoAsync(AccountsPath);
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = accountId })).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("new-access-key-secret")).ToHaveCountAsync(0);
        Assert.DoesNotContain(secret, await page.ContentAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("operator-accounts.png"), FullPage = true });

        await using var tenantContext = await browser.NewContextAsync(server.BaseUrl);
        var tenant = await tenantContext.NewPageAsync();
        await ConsolePages.SubmitSignInAsync(tenant, keyId, secret);
        await ConsolePages.WaitForPathAsync(tenant, ConsolePages.EipsPath);
        await Expect(tenant.Locator("header .who")).ToHaveTextAsync(keyId);
    }

    [ChromiumFact]
    public async Task CreateAccount_WithAnInvalidName_ShowsTheErrorBesideTheField()
    {
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await OperatorSteps.OperatorPageAsync(context, server, AccountsPath);

        await page.GetByLabel("Account name").FillAsync("https://not-a-name");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("AccountName");
        var field = page.Locator(".field").Filter(new() { Has = page.GetByLabel("Account name") });
        await Expect(field.Locator(".field-error")).ToContainTextAsync("http://");
        await Expect(page.GetByLabel("Account name")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByLabel("Account name")).ToHaveValueAsync("https://not-a-name");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Accounts");
        await Expect(page.GetByTestId("new-access-key-secret")).ToHaveCountAsync(0);
    }

    [ChromiumFact]
    public async Task GrantHaVipPrivilege_FromTheAccountPage_LetsThatAccountCreateAHaVip()
    {
        var account = await OperatorSteps.CreateAccountAsync(server, OperatorSteps.UniqueName("havip"));
        var asAccount = OperatorSteps.As(server, account);
        var vSwitchId = await OperatorSteps.CreateVSwitchAsync(asAccount);
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => OperatorSteps.CreateHaVipAsync(asAccount, vSwitchId));
        Assert.Contains("Forbidden.HaVipNotAuthorized", refused.Message, StringComparison.Ordinal);

        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await OperatorSteps.OperatorPageAsync(context, server, $"{AccountsPath}/{account.AccountId}");
        var privilege = page.Locator($"[data-privilege='{QuotaNames.HaVipPrivilege}']");
        await Expect(privilege).ToContainTextAsync("Not granted");

        // By keyboard: the button takes focus and Enter submits its form.
        await page.GetByRole(AriaRole.Button, new() { Name = "Grant HaVip privilege" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"HaVip privilege granted to account {account.AccountId}.");
        await Expect(privilege).ToContainTextAsync("Granted");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Revoke HaVip privilege" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = QuotaNames.HaVipPrivilege }).GetByRole(AriaRole.Cell).Nth(1)).ToContainTextAsync("1");
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("operator-account.png"), FullPage = true });

        var created = await OperatorSteps.CreateHaVipAsync(asAccount, vSwitchId);
        Assert.StartsWith("havip-", OperatorSteps.Text(created, "HaVipId"), StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task SetQuota_WithANonNumber_ShowsTheErrorInItsRow_AndAValueIsSaved()
    {
        var account = await OperatorSteps.CreateAccountAsync(server, OperatorSteps.UniqueName("quota"));
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await OperatorSteps.OperatorPageAsync(context, server, $"{AccountsPath}/{account.AccountId}");
        var input = page.GetByLabel($"New value of {QuotaNames.HaVipPerAccount}");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = QuotaNames.HaVipPerAccount });

        await input.FillAsync("many");
        await row.GetByRole(AriaRole.Button, new() { Name = $"Set {QuotaNames.HaVipPerAccount}" }).ClickAsync();

        await Expect(row.Locator(".field-error")).ToContainTextAsync("whole number");
        await Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await Expect(input).ToHaveValueAsync("many");

        await input.FillAsync("7");
        await row.GetByRole(AriaRole.Button, new() { Name = $"Set {QuotaNames.HaVipPerAccount}" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Quota {QuotaNames.HaVipPerAccount} set to 7.");
        await Expect(row.GetByRole(AriaRole.Cell).Nth(1)).ToContainTextAsync("7");
        var described = await server.Rpc.CallAsync("DescribeAccounts", new Dictionary<string, string> { ["AccountId"] = account.AccountId }, OperatorRpc.Operator);
        var quotas = described.GetProperty("Accounts").GetProperty("Account")[0].GetProperty("Quotas").GetProperty("Quota").EnumerateArray();
        Assert.Equal(7, quotas.Single(q => q.GetProperty("QuotaName").GetString() == QuotaNames.HaVipPerAccount).GetProperty("Value").GetInt64());
    }

    [ChromiumFact]
    public async Task MarkOverdue_ShowsInTheAccountList_AndLocksItsEip()
    {
        var account = await OperatorSteps.CreateAccountAsync(server, OperatorSteps.UniqueName("overdue"));
        var eip = await OperatorSteps.As(server, account).AllocateEipAddressAsync(OperatorSteps.Region);
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await OperatorSteps.OperatorPageAsync(context, server, $"{AccountsPath}/{account.AccountId}");
        await Expect(page.GetByText("locks its pay-as-you-go EIPs")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Mark overdue" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("marked overdue");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Clear overdue flag" })).ToBeVisibleAsync();
        await page.GotoAsync(AccountsPath);
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = account.AccountId });
        await Expect(row.GetByRole(AriaRole.Cell).Nth(2)).ToContainTextAsync("Overdue");
        var eips = await OperatorSteps.As(server, account).CallAsync("DescribeEipAddresses", new Dictionary<string, string> { ["RegionId"] = OperatorSteps.Region, ["AllocationId"] = eip.AllocationId });
        Assert.Contains("financial", eips.GetRawText(), StringComparison.Ordinal);

        await page.GotoAsync($"{AccountsPath}/{account.AccountId}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Clear overdue flag" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("cleared");
        await page.GotoAsync(AccountsPath);
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = account.AccountId }).GetByRole(AriaRole.Cell).Nth(2)).ToHaveTextAsync("No");
    }

    [ChromiumFact]
    public async Task AccessKeys_CreatedKeyShowsItsSecretOnce_AndADeletedKeyIsRefused()
    {
        var account = await OperatorSteps.CreateAccountAsync(server, OperatorSteps.UniqueName("keys"));
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await OperatorSteps.OperatorPageAsync(context, server, $"{AccountsPath}/{account.AccountId}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Create an AccessKey" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "The secret is shown only now." })).ToBeVisibleAsync();
        var newKeyId = (await page.GetByTestId("new-access-key-id").TextContentAsync())!.Trim();
        var newSecret = (await page.GetByTestId("new-access-key-secret").TextContentAsync())!.Trim();
        await OperatorSteps.As(server, new OperatorSteps.AccountPair(account.AccountId, newKeyId, newSecret))
            .CallAsync("DescribeEipAddresses", new Dictionary<string, string> { ["RegionId"] = OperatorSteps.Region });

        await page.GetByRole(AriaRole.Button, new() { Name = $"Delete AccessKey {account.AccessKeyId}" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"AccessKey {account.AccessKeyId} deleted.");
        var keys = page.GetByRole(AriaRole.Table, new() { Name = "AccessKeys" });
        await Expect(keys.GetByRole(AriaRole.Row).Filter(new() { HasText = "LTAI" })).ToHaveCountAsync(1);
        await Expect(keys).ToContainTextAsync(newKeyId);
        Assert.DoesNotContain(newSecret, await page.ContentAsync(), StringComparison.Ordinal);
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => OperatorSteps.As(server, account)
            .CallAsync("DescribeEipAddresses", new Dictionary<string, string> { ["RegionId"] = OperatorSteps.Region }));
        Assert.Contains("InvalidAccessKeyId", refused.Message, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task UnknownAccount_IsAPageSayingSo()
    {
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, server);

        var response = await page.GotoAsync($"{AccountsPath}/1000000000000000");

        Assert.Equal(404, response?.Status);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Account not found");
        await Expect(page.GetByText("There is no account with the ID 1000000000000000.")).ToBeVisibleAsync();
    }
}
