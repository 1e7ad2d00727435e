using System.Net;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OpenEip.BrowserTests.Eips;

/// <summary>Each account sees only its own resources; every form needs its anti-forgery token.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ConsoleSecurityTests(ServerFixture server, BrowserFixture browser)
{
    private const string Region = "cn-hangzhou";

    [ChromiumFact]
    public async Task ASecondAccount_SeesNoneOfTheFirstAccountsResources()
    {
        var first = await Tenant.CreateAsync(server, "first");
        var estate = await Estate.BuildAsync(server, first, Region);
        var eip = await first.AllocateEipAsync(Region);
        var second = await Tenant.CreateAsync(server, "second");
        var own = await second.AllocateEipAsync(Region);
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsAsync(page, second);

        await Expect(ConsolePages.EipRow(page, own.AllocationId)).ToHaveCountAsync(1);
        await Expect(page.Locator("#eip-table")).Not.ToContainTextAsync(eip.AllocationId);

        // The first account's EIP, asked for by its id: as if it did not exist.
        await page.GotoAsync($"/console/eips/{eip.AllocationId}/bind?region={Region}");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("InvalidAllocationId.NotFound");
        await page.GotoAsync($"/console/eips/{eip.AllocationId}/release?region={Region}");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(eip.AllocationId);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Release" })).ToHaveCountAsync(0);

        // Binding its own EIP offers none of the first account's resources, of any kind.
        await page.GotoAsync($"/console/eips/{own.AllocationId}/bind?region={Region}");
        foreach (var kind in new[] { "EcsInstance", "NetworkInterface", "Nat", "SlbInstance", "HaVip" })
        {
            await page.GotoAsync($"/console/eips/{own.AllocationId}/bind?kind={kind}&region={Region}");
            var main = page.Locator("main");
            await Expect(main).ToContainTextAsync("There is no");
            foreach (var theirs in new[] { estate.Instance1, estate.NatEni, estate.NatGatewayId, estate.ClbId, estate.HaVipId })
                await Expect(main).Not.ToContainTextAsync(theirs);
        }
    }

    [ChromiumFact]
    public async Task AFormPostedWithoutItsAntiforgeryToken_IsRefused_AndChangesNothing()
    {
        var tenant = await Tenant.CreateAsync(server, "antiforgery");
        var eip = await tenant.AllocateEipAsync(Region);
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsAsync(page, tenant);

        // The session cookie goes with the request (same context), the form's token does not.
        var response = await context.APIRequest.PostAsync($"/console/eips/{eip.AllocationId}/release?region={Region}", new() { Form = context.APIRequest.CreateFormData() });

        Assert.Equal((int)HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("Available", await tenant.EipStatusAsync(eip.AllocationId, Region));

        // The same form with its token, from the page, does release it.
        await page.GotoAsync($"/console/eips/{eip.AllocationId}/release?region={Region}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Release" }).ClickAsync();
        await ConsolePages.WaitForPathAsync(page, ConsolePages.EipsPath);
        Assert.Equal("", await tenant.EipStatusAsync(eip.AllocationId, Region));
    }

    [ChromiumFact]
    public async Task ChangesMadeInTheConsole_AreInTheAuditTrail_AsTheirApiActions()
    {
        var tenant = await Tenant.CreateAsync(server, "audited");
        var estate = await Estate.BuildAsync(server, tenant, Region);
        var eip = await tenant.AllocateEipAsync(Region);
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsAsync(page, tenant);

        await EipBindingTests.BindThroughDialogAsync(page, eip.AllocationId, "ECS instance", estate.Instance1);

        var answer = await server.Rpc.CallAsync("DescribeAuditEvents",
            new Dictionary<string, string> { ["AccountId"] = tenant.AccountId, ["EventAction"] = "AssociateEipAddress" }, OperatorRpc.Operator);
        var events = answer.GetProperty("AuditEvents").GetProperty("AuditEvent");
        Assert.Equal(1, events.GetArrayLength());
        var recorded = events[0];
        Assert.Equal(tenant.AccessKeyId, Tenant.Text(recorded, "AccessKeyId"));
        Assert.Equal("", Tenant.Text(recorded, "ErrorCode"));
        var parameters = recorded.GetProperty("RequestParameters");
        Assert.Equal("console", Tenant.Text(parameters, "Via"));
        Assert.Equal(eip.AllocationId, Tenant.Text(parameters, "AllocationId"));
        Assert.Equal(estate.Instance1, Tenant.Text(parameters, "InstanceId"));
    }

    [ChromiumFact]
    public async Task DeletingTheAccessKey_EndsTheSessionsItOpened()
    {
        var tenant = await Tenant.CreateAsync(server, "key-deleted");
        var eip = await tenant.AllocateEipAsync(Region);
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsAsync(page, tenant);
        await Expect(ConsolePages.EipRow(page, eip.AllocationId)).ToHaveCountAsync(1);

        await server.Rpc.CallAsync("DeleteAccessKey", new Dictionary<string, string> { ["UserAccessKeyId"] = tenant.AccessKeyId }, OperatorRpc.Operator);
        await page.ReloadAsync();

        await ConsolePages.WaitForPathAsync(page, ConsolePages.SignInPath);
        await Expect(page.Locator("body")).Not.ToContainTextAsync(eip.AllocationId);
    }

    [ChromiumFact]
    public async Task AConsoleAddressThatNamesNoPage_GetsTheConsoles404Page_NotTheApisJson()
    {
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, server);

        var response = await page.GotoAsync("/console/no-such-page");

        Assert.Equal((int)HttpStatusCode.NotFound, response!.Status);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Page not found");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("/console/no-such-page");
    }
}
