using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OpenEip.BrowserTests.Eips;

/// <summary>The seed's console steps (R-UI-1, R-UI-2): Elastic IP Addresses page → [リソースのバインド] → kind → resource.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class EipBindingTests(ServerFixture server, BrowserFixture browser)
{
    private const string Region = "cn-hangzhou";

    [ChromiumFact]
    public async Task Allocate_ThenBindToAnEcsInstance_ShowsAssociatingTurnInUseWithoutAReload()
    {
        var tenant = await Tenant.CreateAsync(server, "allocate-and-bind");
        var estate = await Estate.BuildAsync(server, tenant, Region);
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsAsync(page, tenant);

        await page.GetByRole(AriaRole.Link, new() { Name = "Allocate EIP" }).ClickAsync();
        await page.GetByLabel("Bandwidth (Mbit/s)").FillAsync("10");
        await page.GetByLabel("Name").FillAsync("web-front");
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Allocate" }).ClickAsync();
        await ConsolePages.WaitForPathAsync(page, ConsolePages.EipsPath);
        var row = ConsolePages.EipRow(page, "web-front");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("10 Mbps");
        await Expect(row).ToContainTextAsync("Available");

        await row.GetByRole(AriaRole.Link, new() { Name = "Bind resource" }).ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("Bind resource");
        await page.GetByRole(AriaRole.Link, new() { Name = "ECS instance", Exact = true }).ClickAsync();
        await page.GetByLabel(estate.Instance1).CheckAsync();
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("eip-bind-ecs.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "OK" }).ClickAsync();

        await ConsolePages.WaitForPathAsync(page, ConsolePages.EipsPath);
        // A mark on the window: it survives only if the page is never reloaded while the status changes.
        await page.EvaluateAsync("() => { window.__sameDocument = true; }");
        row = ConsolePages.EipRow(page, "web-front");
        await Expect(row).ToContainTextAsync(estate.Instance1);
        await Expect(row.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "Associating");
        await Expect(row.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "InUse", new() { Timeout = 30_000 });
        await Expect(row).ToContainTextAsync("In use");
        // Settled: nothing left for the page to follow.
        await Expect(page.Locator("#eip-table [data-transitional=true]")).ToHaveCountAsync(0);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the list reloaded instead of refreshing its rows");
        Assert.Equal("InUse", await tenant.EipStatusAsync(await AllocationIdOfAsync(row), Region));
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("eips-in-use.png"), FullPage = true });
    }

    [ChromiumFact]
    public async Task ASecondEipForTheSameInstance_IsOfferedDisabled_WithTheRulesReason()
    {
        var tenant = await Tenant.CreateAsync(server, "second-eip");
        var estate = await Estate.BuildAsync(server, tenant, Region);
        var first = await tenant.AllocateEipAsync(Region);
        var second = await tenant.AllocateEipAsync(Region);
        await tenant.BindAsync(first.AllocationId, estate.Instance1, "EcsInstance", Region);
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsAsync(page, tenant);

        await ConsolePages.EipRow(page, second.AllocationId).GetByRole(AriaRole.Link, new() { Name = "Bind resource" }).ClickAsync();

        var taken = page.GetByLabel(estate.Instance1);
        await Expect(taken).ToBeDisabledAsync();
        var reason = page.Locator(".choice").Filter(new() { HasText = estate.Instance1 }).Locator(".reason");
        await Expect(reason).ToContainTextAsync($"already has the EIP {first.AllocationId}");
        await Expect(reason).ToContainTextAsync("InvalidAssociation.Duplicated");
        await Expect(page.GetByLabel(estate.Instance2)).ToBeEnabledAsync();
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("eip-bind-refused.png"), FullPage = true });
    }

    [ChromiumFact]
    public async Task BindToAnEni_InNatModeOnASecondaryIp_AndInEipVisibleMode()
    {
        var tenant = await Tenant.CreateAsync(server, "eni-modes");
        var estate = await Estate.BuildAsync(server, tenant, Region);
        var nat = await tenant.AllocateEipAsync(Region);
        var visible = await tenant.AllocateEipAsync(Region);
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsAsync(page, tenant);

        await BindThroughDialogAsync(page, nat.AllocationId, "Elastic Network Interface", $"NAT mode · {estate.NatEniSecondaryIp} ({estate.NatEni})");
        var natRow = ConsolePages.EipRow(page, nat.AllocationId);
        await Expect(natRow).ToContainTextAsync(estate.NatEni);
        await Expect(natRow).ToContainTextAsync("NAT mode");
        await Expect(natRow).ToContainTextAsync(estate.NatEniSecondaryIp);

        await BindThroughDialogAsync(page, visible.AllocationId, "Elastic Network Interface", $"EIP-visible mode ({estate.VisibleEni})");
        var visibleRow = ConsolePages.EipRow(page, visible.AllocationId);
        await Expect(visibleRow).ToContainTextAsync(estate.VisibleEni);
        await Expect(visibleRow).ToContainTextAsync("EIP-visible mode");
        await Expect(visibleRow.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "InUse", new() { Timeout = 30_000 });
    }

    [ChromiumFact]
    public async Task BindToANatGateway_ACLB_AndAHaVip()
    {
        var tenant = await Tenant.CreateAsync(server, "other-targets");
        var estate = await Estate.BuildAsync(server, tenant, Region);
        var toNat = await tenant.AllocateEipAsync(Region);
        var toClb = await tenant.AllocateEipAsync(Region);
        var toHaVip = await tenant.AllocateEipAsync(Region);
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsAsync(page, tenant);

        // Offering the NAT gateway checks R-NAT-3 by reserving a vSwitch IP in a transaction that is rolled back:
        // looking at the choices takes nothing; binding takes one address.
        var free = await tenant.FreeAddressesAsync(estate.VSwitchId, Region);
        await page.GotoAsync($"/console/eips/{toNat.AllocationId}/bind?kind=Nat&region={Region}");
        await Expect(page.GetByLabel(estate.NatGatewayId)).ToBeEnabledAsync();
        Assert.Equal(free, await tenant.FreeAddressesAsync(estate.VSwitchId, Region));
        await page.GotoAsync($"/console/eips?region={Region}");
        await BindThroughDialogAsync(page, toNat.AllocationId, "NAT Gateway instance", estate.NatGatewayId);
        Assert.Equal(free - 1, await tenant.FreeAddressesAsync(estate.VSwitchId, Region));
        await BindThroughDialogAsync(page, toClb.AllocationId, "Server Load Balancer (SLB) instance", estate.ClbId);
        await BindThroughDialogAsync(page, toHaVip.AllocationId, "High-availability virtual IP", estate.HaVipId);

        foreach (var (eip, target, kind) in new[] { (toNat, estate.NatGatewayId, "NAT Gateway instance"), (toClb, estate.ClbId, "Server Load Balancer (SLB) instance"), (toHaVip, estate.HaVipId, "High-availability virtual IP") })
        {
            var row = ConsolePages.EipRow(page, eip.AllocationId);
            await Expect(row).ToContainTextAsync(target);
            await Expect(row).ToContainTextAsync(kind);
            await Expect(row.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "InUse", new() { Timeout = 30_000 });
        }

        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("eips-bound.png"), FullPage = true });
    }

    /// <summary>Row → Bind resource → kind tab → the choice labelled so → OK, back on the list.</summary>
    public static async Task BindThroughDialogAsync(IPage page, string allocationId, string kind, string choiceLabel)
    {
        await ConsolePages.EipRow(page, allocationId).GetByRole(AriaRole.Link, new() { Name = "Bind resource" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = kind, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = kind, Exact = true })).ToHaveAttributeAsync("aria-current", "true");
        await page.GetByLabel(choiceLabel).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "OK" }).ClickAsync();
        await ConsolePages.WaitForPathAsync(page, ConsolePages.EipsPath);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{allocationId} is being bound");
    }

    private static async Task<string> AllocationIdOfAsync(ILocator row) =>
        (await row.Locator("td").Nth(1).Locator("a").First.InnerTextAsync()).Trim();
}
