using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static OpenEip.BrowserTests.Resources.ResourcePages;

namespace OpenEip.BrowserTests.Resources;

[Collection(ConsoleCollection.Name)]
public sealed class JapanesePagesTests(ServerFixture server, BrowserFixture browser)
{
    /// <summary>R-UI-3's seed in Japanese: NLB list, region in the top bar, the instance ID, [ネットワークタイプ] to インターネット.</summary>
    [ChromiumFact]
    public async Task AfterSwitchingToJapanese_TheNlbIsMadePublic_WithAlibabasJapaneseWording()
    {
        var lab = await ResourceLab.CreateAsync(server);
        var nlbId = await lab.CreateZonalLoadBalancerAsync(OperatorRpc.Nlb, "browser-nlb");
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, server);
        await page.GotoAsync("/console/load-balancers/nlb?region=cn-shanghai");

        await page.GetByLabel("Language", new() { Exact = true }).SelectOptionAsync("ja");

        await Expect(page.GetByLabel("言語", new() { Exact = true })).ToHaveValueAsync("ja");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Server Load Balancer");
        await page.GetByLabel("リージョン", new() { Exact = true }).SelectOptionAsync(ResourceLab.Region);
        var row = RowsWith(page, nlbId);
        await Expect(row).ToContainTextAsync("イントラネット");
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "ネットワークタイプ" })).ToBeVisibleAsync();
        await Expect(page.Locator("#r-ui-3")).ToContainTextAsync("EIP のページではなく、ここでパブリックにします");

        await row.GetByRole(AriaRole.Link, new() { Name = nlbId }).ClickAsync();
        await page.GetByLabel("ネットワークタイプ", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "インターネット" });
        await page.GetByRole(AriaRole.Button, new() { Name = "ネットワークタイプの変更" }).ClickAsync();

        await Expect(Notice(page)).ToContainTextAsync("インターネットに変更しました");
        await Expect(page.Locator("#current-network-type")).ToHaveTextAsync("インターネット");
        await ScreenshotAsync(page, "load-balancer-nlb-details-ja.png");
    }

    [ChromiumFact]
    public async Task EveryResourcePage_HasItsJapaneseHeadingAndColumnLabels()
    {
        var lab = await ResourceLab.CreateAsync(server);
        var instanceId = (await lab.RunInstancesAsync())[0];
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, server);
        await page.GotoAsync($"/console/instances?region={ResourceLab.Region}");
        await page.GetByLabel("Language", new() { Exact = true }).SelectOptionAsync("ja");
        await Expect(page.GetByLabel("言語", new() { Exact = true })).ToHaveValueAsync("ja");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("ECS インスタンス");
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "インスタンス ID/名前" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "ステータス" })).ToBeVisibleAsync();
        await Expect(RowsWith(page, instanceId).Locator("[data-status]")).ToHaveTextAsync("実行中");
        await Expect(RowsWith(page, instanceId).GetByRole(AriaRole.Button, new() { Name = "停止" })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "instances-ja.png");

        var pages = new (string Path, string Heading, string Column, string Shot)[]
        {
            ("/console/network-interfaces", "Elastic Network Interface", "プライベート IP アドレスと関連付けられた EIP", "network-interfaces-ja.png"),
            ("/console/nat-gateways", "NAT Gateway", "ネットワークタイプ", "nat-gateways-ja.png"),
            ("/console/load-balancers", "Server Load Balancer", "アドレスタイプ", "load-balancers-ja.png"),
            ("/console/havips", "高可用性仮想 IP", "関連付けられたインスタンス（マスターが先頭）", "havips-ja.png"),
            ("/console/vpcs", "VPC と vSwitch", "利用可能な IP アドレス数", "vpcs-ja.png"),
        };
        foreach (var (path, heading, column, shot) in pages)
        {
            await OpenAsync(page, path, heading);
            await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = column }).First).ToBeVisibleAsync();
            await ScreenshotAsync(page, shot);
        }
    }
}
