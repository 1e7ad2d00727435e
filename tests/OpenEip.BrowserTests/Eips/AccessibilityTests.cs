using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OpenEip.BrowserTests.Eips;

/// <summary>axe-core finds no serious or critical violation on the console's pages, in both languages, with real content on them.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class AccessibilityTests(ServerFixture server, BrowserFixture browser)
{
    private const string Region = "cn-hangzhou";

    [ChromiumFact]
    public async Task ThePages_HaveNoSeriousAccessibilityViolations()
    {
        var tenant = await Tenant.CreateAsync(server, "accessibility");
        var estate = await Estate.BuildAsync(server, tenant, Region);
        var bound = await tenant.AllocateEipAsync(Region);
        var free = await tenant.AllocateEipAsync(Region);
        await tenant.BindAsync(bound.AllocationId, estate.Instance1, "EcsInstance", Region);
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();

        var found = new List<string>();
        await page.GotoAsync(ConsolePages.SignInPath);
        found.AddRange(await CheckAsync(page, "sign-in"));
        await ConsolePages.SignInAsAsync(page, tenant);
        foreach (var language in new[] { "en", "ja" })
        {
            if (language == "ja")
            {
                await page.GetByLabel("Language").SelectOptionAsync("ja");
                await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ja");
            }

            foreach (var path in new[]
                     {
                         $"/console/eips?region={Region}",
                         $"/console/eips/{free.AllocationId}/bind?region={Region}",
                         $"/console/eips/{free.AllocationId}/bind?kind=NetworkInterface&region={Region}",
                         $"/console/eips/{bound.AllocationId}/unbind?region={Region}",
                         $"/console/eips/{free.AllocationId}/edit?region={Region}",
                         $"/console/eips/{free.AllocationId}/release?region={Region}",
                         $"/console/eips/allocate?region={Region}",
                         $"/console/eips/recover?region={Region}",
                         $"/console/eips/bind-batch?ids={free.AllocationId}&region={Region}",
                     })
            {
                await page.GotoAsync(path);
                await Expect(page.Locator("h1")).ToBeVisibleAsync();
                found.AddRange(await CheckAsync(page, $"{language} {path}"));
            }
        }

        Assert.True(found.Count == 0, "serious accessibility violations:\n" + string.Join('\n', found));
    }

    private static async Task<IEnumerable<string>> CheckAsync(IPage page, string where) =>
        (await Axe.SeriousViolationsAsync(page)).Select(v => $"{where}: {v}");
}
