using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OpenEip.BrowserTests.Eips;

/// <summary>English and Japanese, switchable and remembered, with the seed's wording (リソースのバインド, ECS インスタンス, …).</summary>
[Collection(ConsoleCollection.Name)]
public sealed class LanguageTests(ServerFixture server, BrowserFixture browser)
{
    private const string Region = "cn-hangzhou";

    [ChromiumFact]
    public async Task Japanese_ShowsTheSeedsLabels_AndIsRememberedUntilSwitchedBack()
    {
        var tenant = await Tenant.CreateAsync(server, "japanese");
        var estate = await Estate.BuildAsync(server, tenant, Region);
        var bound = await tenant.AllocateEipAsync(Region);
        var free = await tenant.AllocateEipAsync(Region);
        await tenant.BindAsync(bound.AllocationId, estate.Instance1, "EcsInstance", Region);
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsAsync(page, tenant);

        await page.GetByLabel("Language").SelectOptionAsync("ja");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ja");
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "アクション" })).ToBeVisibleAsync();
        await Expect(ConsolePages.EipRow(page, free.AllocationId).GetByRole(AriaRole.Link, new() { Name = "リソースのバインド" })).ToBeVisibleAsync();
        await Expect(ConsolePages.EipRow(page, bound.AllocationId).GetByRole(AriaRole.Link, new() { Name = "リソースのデタッチ" })).ToBeVisibleAsync();
        await Expect(ConsolePages.EipRow(page, bound.AllocationId)).ToContainTextAsync("ECS インスタンス");
        await Expect(page.GetByLabel("リージョン", new() { Exact = true })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("eips-ja.png"), FullPage = true });

        // Remembered: a page opened afresh is still in Japanese.
        await page.GotoAsync($"/console/eips/{free.AllocationId}/bind?region={Region}");
        var tabs = page.GetByRole(AriaRole.Navigation, new() { Name = "インスタンスの種類" });
        foreach (var label in new[] { "ECS インスタンス", "Elastic Network Interface", "NAT Gateway インスタンス", "Server Load Balancer (SLB) インスタンス", "高可用性仮想 IP" })
            await Expect(tabs.GetByRole(AriaRole.Link, new() { Name = label, Exact = true })).ToBeVisibleAsync();
        await tabs.GetByRole(AriaRole.Link, new() { Name = "Elastic Network Interface", Exact = true }).ClickAsync();
        await Expect(page.GetByLabel($"NAT モード · {estate.NatEniSecondaryIp}")).ToBeVisibleAsync();
        await Expect(page.GetByLabel($"EIP 可視モード ({estate.VisibleEni})")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("eip-bind-eni-ja.png"), FullPage = true });

        await page.GetByLabel("言語").SelectOptionAsync("en");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("h1")).ToContainTextAsync("Bind resource");
    }
}
