using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OpenEip.BrowserTests.Operator;

/// <summary>The operator pages are the operator's alone: another account's session gets a plain 403 page saying so.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class OperatorAccessTests(ServerFixture server, BrowserFixture browser)
{
    private static readonly string[] s_operatorPaths =
    [
        "/console/operator",
        "/console/operator/accounts",
        "/console/operator/idle-fees",
        "/console/operator/audit",
    ];

    [ChromiumFact]
    public async Task AnotherAccountsSession_CannotOpenAnyOperatorPage()
    {
        var account = await OperatorSteps.CreateAccountAsync(server, OperatorSteps.UniqueName("tenant"));
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsolePages.SubmitSignInAsync(page, account.AccessKeyId, account.AccessKeySecret);
        await ConsolePages.WaitForPathAsync(page, ConsolePages.EipsPath);
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Console sections" }).GetByRole(AriaRole.Link, new() { Name = "Operator" })).ToHaveCountAsync(0);

        foreach (var path in s_operatorPaths.Append($"/console/operator/accounts/{account.AccountId}"))
        {
            var response = await page.GotoAsync(path);
            await ConsolePages.WaitForPathAsync(page, "/console/access-denied");
            Assert.Equal(403, response?.Status);
            await Expect(page.Locator("h1")).ToHaveTextAsync("Operator pages only");
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Only a session of the operator account can open it");
            await Expect(page.GetByRole(AriaRole.Table)).ToHaveCountAsync(0);
        }

        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("operator-access-denied.png"), FullPage = true });
    }

    [ChromiumFact]
    public async Task NoSession_IsSentToSignIn()
    {
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/console/operator/accounts");

        await ConsolePages.WaitForPathAsync(page, ConsolePages.SignInPath);
        await Expect(page).ToHaveURLAsync(new Regex("ReturnUrl=%2Fconsole%2Foperator%2Faccounts"));
    }

    [ChromiumFact]
    public async Task Operator_SeesTheOperatorLink_AndTheOverviewWithThePools()
    {
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, server);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Console sections" }).GetByRole(AriaRole.Link, new() { Name = "Operator" }).ClickAsync();

        await ConsolePages.WaitForPathAsync(page, "/console/operator");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Operator");
        var pools = page.GetByRole(AriaRole.Table, new() { Name = "Address pools and their use" });
        var hangzhou = pools.GetByRole(AriaRole.Row).Filter(new() { HasText = "cn-hangzhou" });
        await Expect(hangzhou).ToHaveCountAsync(1);
        // Some addresses are held (other tests allocate EIPs there), and the counts add up.
        var cells = hangzhou.GetByRole(AriaRole.Cell);
        var total = int.Parse((await cells.Nth(1).TextContentAsync())!.Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var held = int.Parse((await cells.Nth(2).TextContentAsync())!.Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var free = int.Parse(Regex.Match((await cells.Nth(3).TextContentAsync())!, @"\d+").Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total > 0);
        Assert.Equal(total, held + free);
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("operator-overview.png"), FullPage = true });

        await page.GetByLabel("Language").SelectOptionAsync("ja");
        await Expect(page.Locator("h1")).ToHaveTextAsync("運用管理");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "アドレスプールと使用状況" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("operator-overview-ja.png"), FullPage = true });
    }
}
