using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OpenEip.BrowserTests.Eips;

/// <summary>The list pages, searches and filters in the store (20 a page), so that it stays quick with thousands of EIPs.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class EipListPagingTests(ServerFixture server, BrowserFixture browser)
{
    private const string Region = "cn-hangzhou";
    private const int Count = 45;

    [ChromiumFact]
    public async Task ThePages_TheSearchAndTheStatusFilter_FindEachEip()
    {
        var tenant = await Tenant.CreateAsync(server, "paging");
        await tenant.GrantAsync(server, "eip-postpaid-per-region", Count + 5);
        var estate = await Estate.BuildAsync(server, tenant, Region);
        var eips = new List<AllocatedEip>();
        for (var i = 0; i < Count; i++)
            eips.Add(await tenant.AllocateEipAsync(Region));
        await tenant.BindAsync(eips[3].AllocationId, estate.Instance1, "EcsInstance", Region);
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsAsync(page, tenant);

        var rows = page.Locator("#eip-table tbody tr");
        var pager = page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" });
        await Expect(page.Locator("#eip-table caption")).ToContainTextAsync($"{Count} EIP(s)");
        var seen = new HashSet<string>();
        foreach (var (number, expected) in new[] { (1, 20), (2, 20), (3, 5) })
        {
            await Expect(pager).ToContainTextAsync($"Page {number} of 3");
            await Expect(rows).ToHaveCountAsync(expected);
            foreach (var id in await rows.Locator("td:nth-child(2) a").AllInnerTextsAsync())
                Assert.True(seen.Add(id.Trim()), $"{id} is listed on two pages");
            if (number < 3)
                await pager.GetByRole(AriaRole.Link, new() { Name = "Next" }).ClickAsync();
        }

        await Expect(pager.GetByRole(AriaRole.Link, new() { Name = "Next" })).ToHaveCountAsync(0);
        Assert.Equal(eips.Select(e => e.AllocationId).ToHashSet(), seen);

        // The newest are listed first: the first allocated is on the last page. Search finds it by address.
        await page.GetByLabel("Search").FillAsync(eips[0].IpAddress);
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows).ToContainTextAsync(eips[0].AllocationId);
        await Expect(pager).ToContainTextAsync("Page 1 of 1");

        // The filter lists what is InUse when asked; the bound EIP must have got there first.
        await tenant.WaitForEipStatusAsync(eips[3].AllocationId, Region, "InUse");
        await page.GetByLabel("Search").FillAsync("");
        await page.GetByLabel("Status").SelectOptionAsync("InUse");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows).ToContainTextAsync(eips[3].AllocationId);

        await page.GetByLabel("Status").SelectOptionAsync("");
        await page.GetByLabel("Search").FillAsync(estate.Instance1);
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows).ToContainTextAsync(eips[3].AllocationId);
    }
}
