using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static OpenEip.BrowserTests.Resources.ResourcePages;

namespace OpenEip.BrowserTests.Resources;

[Collection(ConsoleCollection.Name)]
public sealed class NetworkInterfacePageTests(ServerFixture server, BrowserFixture browser)
{
    [ChromiumFact]
    public async Task ListsEachPrivateIp_WithTheEipBoundToIt_AndTheInstancesPrimaryEni()
    {
        var lab = await ResourceLab.CreateAsync(server);
        var instanceId = (await lab.RunInstancesAsync())[0];
        var eniId = await lab.CreateNetworkInterfaceAsync(secondaryIps: 1, name: "browser-eni");
        var (primaryIp, secondaryIps) = await lab.PrivateIpsAsync(eniId);
        var eip = await lab.AllocateEipAsync();
        await lab.BindAsync(eip, eniId, "NetworkInterface", secondaryIps[0]);
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, server);

        await OpenAsync(page, "/console/network-interfaces", "Elastic Network Interfaces");

        var row = RowsWith(page, eniId);
        await Expect(row).ToHaveCountAsync(1);
        foreach (var fact in new[] { "browser-eni", "Secondary", "Available", lab.VSwitchId })
            await Expect(row).ToContainTextAsync(fact);
        var primary = row.Locator($"[data-private-ip='{primaryIp}']");
        var secondary = row.Locator($"[data-private-ip='{secondaryIps[0]}']");
        await Expect(primary).ToContainTextAsync("primary");
        await Expect(primary).Not.ToContainTextAsync(eip.IpAddress);
        await Expect(secondary).ToContainTextAsync("secondary");
        await Expect(secondary).ToContainTextAsync(eip.IpAddress);
        await Expect(secondary).ToContainTextAsync("NAT");

        // The instance's primary ENI names the instance it is attached to, linked to its row.
        var primaryEniRow = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = instanceId }) });
        await Expect(primaryEniRow).ToHaveCountAsync(1);
        await Expect(primaryEniRow).ToContainTextAsync("Primary");

        await ScreenshotAsync(page, "network-interfaces.png");
    }
}
