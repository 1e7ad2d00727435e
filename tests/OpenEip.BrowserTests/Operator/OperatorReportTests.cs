using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OpenEip.BrowserTests.Operator;

/// <summary>The operator's reports: the idle-fee report and the audit trail.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class OperatorReportTests(ServerFixture server, BrowserFixture browser)
{
    [ChromiumFact]
    public async Task IdleFeeReport_ListsAnUnboundPayAsYouGoEip_UnderItsAccount()
    {
        var account = await OperatorSteps.CreateAccountAsync(server, OperatorSteps.UniqueName("idle"));
        var eip = await OperatorSteps.As(server, account).AllocateEipAddressAsync(OperatorSteps.Region);
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await OperatorSteps.OperatorPageAsync(context, server, "/console/operator/idle-fees");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Idle-fee report");

        await page.GetByLabel("Account", new() { Exact = true }).SelectOptionAsync(account.AccountId);
        await page.GetByRole(AriaRole.Button, new() { Name = "Show", Exact = true }).Last.ClickAsync();

        var table = page.GetByRole(AriaRole.Table, new() { NameRegex = new System.Text.RegularExpressions.Regex(account.AccountId) });
        var row = table.GetByRole(AriaRole.Row).Filter(new() { HasText = eip.AllocationId });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync(eip.IpAddress);
        await Expect(row.GetByRole(AriaRole.Cell).Nth(3)).ToContainTextAsync("UTC");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "eip-" })).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("operator-idle-fees.png"), FullPage = true });
    }

    [ChromiumFact]
    public async Task IdlePrice_RefusesANonNumberBesideTheField_AndSavesANumber()
    {
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await OperatorSteps.OperatorPageAsync(context, server, "/console/operator/idle-fees");
        var price = page.GetByLabel("Price per EIP and hour");

        await price.FillAsync("cheap");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set price" }).ClickAsync();

        var field = page.Locator(".field").Filter(new() { Has = price });
        await Expect(field.Locator(".field-error")).ToContainTextAsync("PricePerHour");
        await Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await Expect(price).ToHaveValueAsync("cheap");

        await price.FillAsync("0.05");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set price" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Idle price set to 0.05");
        await Expect(price).ToHaveValueAsync("0.05");
        var report = await server.Rpc.CallAsync("DescribeIdleEipFees", new Dictionary<string, string>(), OperatorRpc.Operator);
        Assert.Equal(0.05m, report.GetProperty("PricePerHour").GetDecimal());
    }

    [ChromiumFact]
    public async Task AuditTrail_ListsCallsJustMade_NewestFirst_FilteredByResource()
    {
        var eip = await server.Rpc.AllocateEipAddressAsync(OperatorSteps.Region);
        await server.Rpc.CallAsync("ModifyEipAddressAttribute", new Dictionary<string, string>
        {
            ["RegionId"] = OperatorSteps.Region, ["AllocationId"] = eip.AllocationId, ["Name"] = "audited",
        });
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await OperatorSteps.OperatorPageAsync(context, server, "/console/operator/audit");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Audit trail");

        await page.GetByLabel("Resource ID").FillAsync(eip.AllocationId);
        await page.GetByLabel("Resource ID").PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("resource=" + eip.AllocationId));
        var rows = page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row).Filter(new() { HasText = eip.AllocationId });
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Nth(0)).ToContainTextAsync("ModifyEipAddressAttribute");
        await Expect(rows.Nth(1)).ToContainTextAsync("AllocateEipAddress");
        await Expect(rows.Nth(1)).ToContainTextAsync("Succeeded");
        await Expect(rows.Nth(1)).ToContainTextAsync(ServerFixture.AccessKeyId);
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("2 event(s), newest first");
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("operator-audit.png"), FullPage = true });

        // The action filter narrows to one of the two; the pager says where the list is.
        await page.GetByLabel("Action", new() { Exact = true }).FillAsync("AllocateEipAddress");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows).ToContainTextAsync("AllocateEipAddress");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Pages of the audit trail" })).ToContainTextAsync("Page 1 of 1");
    }

    [ChromiumFact]
    public async Task AuditTrail_RecordsAnOperatorChangeMadeInTheConsole()
    {
        var account = await OperatorSteps.CreateAccountAsync(server, OperatorSteps.UniqueName("audited"));
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await OperatorSteps.OperatorPageAsync(context, server, $"/console/operator/accounts/{account.AccountId}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Grant Multi-EIP-to-ENI privilege" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("granted");

        await page.GotoAsync($"/console/operator/audit?resource={account.AccountId}&eventAction=SetAccountQuota");

        var rows = page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row).Filter(new() { HasText = "SetAccountQuota" });
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows).ToContainTextAsync("Succeeded");
        await Expect(rows).ToContainTextAsync(ServerFixture.AccessKeyId);
        await rows.GetByText("Parameters").ClickAsync();
        await Expect(rows.Locator("details")).ToContainTextAsync("eip-multi-binded-privilege");
        await Expect(rows.Locator("details")).ToContainTextAsync("console");
    }
}
