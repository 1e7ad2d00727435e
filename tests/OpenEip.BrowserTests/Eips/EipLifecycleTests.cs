using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OpenEip.BrowserTests.Eips;

/// <summary>Unbind (リソースのデタッチ), release with confirmation, recover (R-LIFE-6), edit, validation and deletion protection, batch bind.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class EipLifecycleTests(ServerFixture server, BrowserFixture browser)
{
    private const string Region = "cn-hangzhou";

    [ChromiumFact]
    public async Task Unbind_ThenRelease_ThenRecover_TheSameAddress()
    {
        var tenant = await Tenant.CreateAsync(server, "unbind-release-recover");
        var estate = await Estate.BuildAsync(server, tenant, Region);
        var eip = await tenant.AllocateEipAsync(Region);
        await tenant.BindAsync(eip.AllocationId, estate.Instance1, "EcsInstance", Region);
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsAsync(page, tenant);
        var row = ConsolePages.EipRow(page, eip.AllocationId);
        await Expect(row.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "InUse", new() { Timeout = 30_000 });

        await row.GetByRole(AriaRole.Link, new() { Name = "Unbind resource" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync(estate.Instance1);
        await page.GetByRole(AriaRole.Button, new() { Name = "Unbind" }).ClickAsync();
        await ConsolePages.WaitForPathAsync(page, ConsolePages.EipsPath);
        await Expect(row.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "Available", new() { Timeout = 30_000 });
        await Expect(row).Not.ToContainTextAsync(estate.Instance1);

        await row.GetByRole(AriaRole.Link, new() { Name = "Release" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync($"Release {eip.AllocationId} ({eip.IpAddress})?");
        Assert.Equal("Available", await tenant.EipStatusAsync(eip.AllocationId, Region));
        await page.GetByRole(AriaRole.Button, new() { Name = "Release" }).ClickAsync();
        await ConsolePages.WaitForPathAsync(page, ConsolePages.EipsPath);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("released");
        await Expect(row).ToHaveCountAsync(0);
        Assert.Equal("", await tenant.EipStatusAsync(eip.AllocationId, Region));

        await page.GetByRole(AriaRole.Link, new() { Name = "Recover a released EIP" }).ClickAsync();
        var released = page.GetByRole(AriaRole.Row).Filter(new() { HasText = eip.IpAddress });
        await Expect(released).ToContainTextAsync(eip.AllocationId);
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("eip-recover.png"), FullPage = true });
        await released.GetByRole(AriaRole.Button, new() { Name = $"Recover {eip.IpAddress}" }).ClickAsync();
        await ConsolePages.WaitForPathAsync(page, ConsolePages.EipsPath);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Recovered {eip.IpAddress}");
        await Expect(ConsolePages.EipRow(page, eip.IpAddress)).ToContainTextAsync("Available");
    }

    [ChromiumFact]
    public async Task Allocate_WithABandwidthTheApiRefuses_ShowsItsErrorBesideTheField()
    {
        var tenant = await Tenant.CreateAsync(server, "allocate-validation");
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsAsync(page, tenant);
        await page.GetByRole(AriaRole.Link, new() { Name = "Allocate EIP" }).ClickAsync();

        await page.GetByLabel("Bandwidth (Mbit/s)").FillAsync("100000");
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Allocate" }).ClickAsync();

        await Expect(page.Locator("#Bandwidth-error")).ToContainTextAsync("\"Bandwidth\" is not valid");
        await Expect(page.Locator("#Bandwidth-error")).ToContainTextAsync("InvalidParameter");
        await Expect(page.GetByLabel("Bandwidth (Mbit/s)")).ToHaveValueAsync("100000");
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("eip-allocate-error.png"), FullPage = true });
        await page.GotoAsync(ConsolePages.EipsPath);
        await Expect(page.Locator("#eip-table caption")).ToContainTextAsync("0 EIP(s)");
    }

    [ChromiumFact]
    public async Task DeletionProtection_BlocksReleaseWithTheReasonInThePage_AndEditChangesName()
    {
        var tenant = await Tenant.CreateAsync(server, "protection");
        var eip = await tenant.AllocateEipAsync(Region);
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsAsync(page, tenant);
        var row = ConsolePages.EipRow(page, eip.AllocationId);

        await row.GetByRole(AriaRole.Button, new() { Name = $"Protect {eip.AllocationId}" }).ClickAsync();
        await Expect(row).ToContainTextAsync("Deletion protection");
        await Expect(row.GetByRole(AriaRole.Button, new() { Name = $"Unprotect {eip.AllocationId}" })).ToBeVisibleAsync();
        await row.GetByRole(AriaRole.Link, new() { Name = "Release" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Release" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("DeletionProtection");
        Assert.Equal("Available", await tenant.EipStatusAsync(eip.AllocationId, Region));

        await page.GotoAsync($"/console/eips/{eip.AllocationId}/edit");
        await page.GetByLabel("Name").FillAsync("kept");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await ConsolePages.WaitForPathAsync(page, ConsolePages.EipsPath);
        await Expect(row).ToContainTextAsync("kept");
    }

    [ChromiumFact]
    public async Task BatchBind_TicksTwoEips_AndBindsThemToOneEni()
    {
        var tenant = await Tenant.CreateAsync(server, "batch");
        var estate = await Estate.BuildAsync(server, tenant, Region);
        var a = await tenant.AllocateEipAsync(Region);
        var b = await tenant.AllocateEipAsync(Region);
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsAsync(page, tenant);

        await page.GetByLabel($"Select {a.AllocationId}").CheckAsync();
        await page.GetByLabel($"Select {b.AllocationId}").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Bind selected to an ENI" }).ClickAsync();
        await page.GetByLabel(estate.NatEni).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Bind" }).ClickAsync();

        await ConsolePages.WaitForPathAsync(page, ConsolePages.EipsPath);
        foreach (var eip in new[] { a, b })
            await Expect(ConsolePages.EipRow(page, eip.AllocationId)).ToContainTextAsync(estate.NatEni);
        await Expect(ConsolePages.EipRow(page, estate.NatEniSecondaryIp)).ToHaveCountAsync(1);
    }
}
