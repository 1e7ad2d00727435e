using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OpenEip.BrowserTests;

[Collection(ConsoleCollection.Name)]
public sealed partial class EipListTests(ServerFixture server, BrowserFixture browser)
{
    [ChromiumFact]
    public async Task SignedIn_ListsAnEipAllocatedThroughTheApi()
    {
        var eip = await server.Rpc.AllocateEipAddressAsync("cn-hangzhou");
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();

        await ConsolePages.SignInAsync(page, server);

        await Expect(page.Locator("h1")).ToHaveTextAsync("Elastic IP Addresses");
        await Expect(RegionSelector(page)).ToHaveValueAsync("cn-hangzhou");
        var table = page.GetByRole(AriaRole.Table);
        foreach (var header in new[] { "ID / Name", "IP address", "Status" })
            await Expect(table.GetByRole(AriaRole.Columnheader, new() { Name = header })).ToBeVisibleAsync();
        var row = RowsWith(table, eip.AllocationId);
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync(eip.IpAddress);

        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("eips.png"), FullPage = true });
    }

    [ChromiumFact]
    public async Task AnotherRegion_ShowsNoneOfTheFirstRegionsEips_AndIsInTheUrl()
    {
        var eip = await server.Rpc.AllocateEipAddressAsync("cn-hangzhou");
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, server);
        var table = page.GetByRole(AriaRole.Table);
        await Expect(RowsWith(table, eip.AllocationId)).ToHaveCountAsync(1);

        await RegionSelector(page).SelectOptionAsync("cn-shanghai");

        await Expect(page).ToHaveURLAsync(ShanghaiInQuery());
        await Expect(RegionSelector(page)).ToHaveValueAsync("cn-shanghai");
        await Expect(table).ToBeVisibleAsync();
        await Expect(RowsWith(table, eip.AllocationId)).ToHaveCountAsync(0);
    }

    private static ILocator RegionSelector(IPage page) => page.GetByLabel("Region", new() { Exact = true });

    private static ILocator RowsWith(ILocator table, string text) =>
        table.GetByRole(AriaRole.Row).Filter(new() { HasText = text });

    [GeneratedRegex("[?&]region=cn-shanghai(&|#|$)")]
    private static partial Regex ShanghaiInQuery();
}
