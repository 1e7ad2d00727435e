using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static OpenEip.BrowserTests.Resources.ResourcePages;

namespace OpenEip.BrowserTests.Resources;

[Collection(ConsoleCollection.Name)]
public sealed class HaVipPageTests(ServerFixture server, BrowserFixture browser)
{
    [ChromiumFact]
    public async Task ListsTheHaVip_ItsMembers_TheMaster_AndItsEip()
    {
        var lab = await ResourceLab.CreateAsync(server);
        var members = await lab.RunInstancesAsync(amount: 2);
        var (haVipId, address) = await lab.CreateHaVipAsync();
        await lab.AssociateHaVipAsync(haVipId, members[0]);
        await lab.AssociateHaVipAsync(haVipId, members[1]);
        var eip = await lab.AllocateEipAsync();
        await lab.BindAsync(eip, haVipId, "HaVip");
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, server);

        await OpenAsync(page, "/console/havips", "High-availability virtual IPs");

        var row = RowsWith(page, haVipId);
        foreach (var fact in new[] { address, "In use", lab.VSwitchId, eip.IpAddress })
            await Expect(row).ToContainTextAsync(fact);
        // The first member is the master until a failover.
        await Expect(row.Locator($"[data-member='{members[0]}']")).ToContainTextAsync("Master");
        await Expect(row.Locator($"[data-member='{members[1]}']")).ToContainTextAsync("Backup");
        await Expect(row.Locator($"[data-member='{members[1]}']")).Not.ToContainTextAsync("Master");
        await Expect(row.GetByRole(AriaRole.Link, new() { Name = members[1] })).ToHaveAttributeAsync("href", $"/console/instances?region={ResourceLab.Region}#{members[1]}");

        await ScreenshotAsync(page, "havips.png");
    }
}
