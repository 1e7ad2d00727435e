using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OpenEip.BrowserTests.Eips;

/// <summary>
/// axe-core finds no serious or critical violation on any of the console's pages, in both languages, with
/// real content on them (bound and free EIPs, a refused choice, every kind of resource, the operator's pages).
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class AccessibilityTests(ServerFixture server, BrowserFixture browser)
{
    private const string Region = "cn-hangzhou";

    [ChromiumFact]
    public async Task TheEipPages_HaveNoSeriousAccessibilityViolations()
    {
        var tenant = await Tenant.CreateAsync(server, "accessibility-eips");
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
        found.AddRange(await CheckInBothLanguagesAsync(page,
        [
            $"/console/eips?region={Region}",
            $"/console/eips/{free.AllocationId}/bind?region={Region}",
            $"/console/eips/{free.AllocationId}/bind?kind=NetworkInterface&region={Region}",
            $"/console/eips/{bound.AllocationId}/unbind?region={Region}",
            $"/console/eips/{free.AllocationId}/edit?region={Region}",
            $"/console/eips/{free.AllocationId}/release?region={Region}",
            $"/console/eips/allocate?region={Region}",
            $"/console/eips/recover?region={Region}",
            $"/console/eips/bind-batch?ids={free.AllocationId}&region={Region}",
        ]));

        Assert.True(found.Count == 0, "serious accessibility violations:\n" + string.Join('\n', found));
    }

    [ChromiumFact]
    public async Task TheResourceAndOperatorPages_HaveNoSeriousAccessibilityViolations()
    {
        var tenant = await Tenant.CreateAsync(server, "accessibility-resources");
        var estate = await Estate.BuildAsync(server, tenant, Region);
        var eip = await tenant.AllocateEipAsync(Region);
        await tenant.BindAsync(eip.AllocationId, estate.NatGatewayId, "Nat", Region);
        var found = new List<string>();

        await using (var context = await browser.NewContextAsync(server.BaseUrl))
        {
            var page = await context.NewPageAsync();
            await ConsolePages.SignInAsAsync(page, tenant);
            found.AddRange(await CheckInBothLanguagesAsync(page,
            [
                $"/console/instances?region={Region}",
                $"/console/network-interfaces?region={Region}",
                $"/console/nat-gateways?region={Region}",
                $"/console/nat-gateways/{estate.NatGatewayId}?region={Region}",
                $"/console/load-balancers?region={Region}",
                $"/console/load-balancers/alb?region={Region}",
                $"/console/load-balancers/nlb?region={Region}",
                $"/console/havips?region={Region}",
                $"/console/vpcs?region={Region}",
                "/console/operator",
            ]));
        }

        await using (var context = await browser.NewContextAsync(server.BaseUrl))
        {
            var page = await context.NewPageAsync();
            await ConsolePages.SignInAsync(page, server);
            found.AddRange(await CheckInBothLanguagesAsync(page,
            [
                "/console/operator",
                "/console/operator/accounts",
                $"/console/operator/accounts/{tenant.AccountId}",
                "/console/operator/idle-fees",
                "/console/operator/audit",
            ]));
        }

        Assert.True(found.Count == 0, "serious accessibility violations:\n" + string.Join('\n', found));
    }

    /// <summary>Each page in English, then each again after switching to Japanese (and back, for the next caller).</summary>
    private static async Task<List<string>> CheckInBothLanguagesAsync(IPage page, IReadOnlyList<string> paths)
    {
        var found = new List<string>();
        foreach (var language in new[] { "en", "ja" })
        {
            if (language == "ja")
            {
                await page.GetByLabel("Language").SelectOptionAsync("ja");
                await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ja");
            }

            foreach (var path in paths)
            {
                await page.GotoAsync(path);
                await Expect(page.Locator("h1")).ToBeVisibleAsync();
                found.AddRange(await CheckAsync(page, $"{language} {path}"));
            }
        }

        await page.GetByLabel("言語").SelectOptionAsync("en");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        return found;
    }

    private static async Task<IEnumerable<string>> CheckAsync(IPage page, string where) =>
        (await Axe.SeriousViolationsAsync(page)).Select(v => $"{where}: {v}");
}
