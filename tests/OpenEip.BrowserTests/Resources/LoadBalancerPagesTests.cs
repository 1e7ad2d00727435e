using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static OpenEip.BrowserTests.Resources.ResourcePages;

namespace OpenEip.BrowserTests.Resources;

[Collection(ConsoleCollection.Name)]
public sealed partial class LoadBalancerPagesTests(ServerFixture server, BrowserFixture browser)
{
    [ChromiumFact]
    public async Task ListsAClbWithItsAddressAndBoundEip()
    {
        var lab = await ResourceLab.CreateAsync(server);
        var (clbId, address) = await lab.CreateClassicLoadBalancerAsync();
        var eip = await lab.AllocateEipAsync();
        await lab.BindAsync(eip, clbId, "SlbInstance");
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, server);

        await OpenAsync(page, "/console/load-balancers", "Load balancers");

        var row = RowsWith(page, clbId);
        foreach (var fact in new[] { "Intranet", address, lab.VpcId, eip.IpAddress, eip.AllocationId })
            await Expect(row).ToContainTextAsync(fact);
        await ScreenshotAsync(page, "load-balancers-clb.png");
    }

    /// <summary>R-UI-3's seed: the ALB list, the region picked in the top bar, the instance ID, then [Network type] to Internet.</summary>
    [ChromiumFact]
    public async Task Alb_MadeInternetFacing_FromItsDetailsPage()
    {
        var lab = await ResourceLab.CreateAsync(server);
        var albId = await lab.CreateZonalLoadBalancerAsync(OperatorRpc.Alb, "browser-alb");
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, server);

        await page.GotoAsync("/console/load-balancers/alb?region=cn-shanghai");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Load balancers");
        await Expect(RowsWith(page, albId)).ToHaveCountAsync(0);
        await Expect(page.Locator("#r-ui-3")).ToContainTextAsync("made public here, not from the Elastic IP Addresses page");
        await page.GetByLabel("Region", new() { Exact = true }).SelectOptionAsync(ResourceLab.Region);
        await Expect(page).ToHaveURLAsync(AlbListInHangzhou());
        var row = RowsWith(page, albId);
        await Expect(row).ToContainTextAsync("browser-alb");
        await Expect(row).ToContainTextAsync("Intranet");
        await ScreenshotAsync(page, "load-balancers-alb.png");

        await row.GetByRole(AriaRole.Link, new() { Name = albId }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"ALB {albId}");
        var zones = page.Locator("#zones tbody tr");
        await Expect(zones).ToHaveCountAsync(2);
        await Expect(page.Locator("#current-network-type")).ToHaveTextAsync("Intranet");

        await page.GetByLabel("Network type", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Internet" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Change network type" }).ClickAsync();

        await Expect(Notice(page)).ToContainTextAsync("is now Internet-facing");
        await Expect(page.Locator("#current-network-type")).ToHaveTextAsync("Internet");
        for (var i = 0; i < 2; i++)
            await Expect(zones.Nth(i).Locator("td").Nth(3)).ToHaveTextAsync(new Regex(@"\d+\.\d+\.\d+\.\d+\s*eip-"));
        var attribute = await server.Rpc.CallAsync("GetLoadBalancerAttribute", new Dictionary<string, string> { ["LoadBalancerId"] = albId }, OperatorRpc.Alb);
        Assert.Equal("Internet", attribute.GetProperty("AddressType").GetString());
        await ScreenshotAsync(page, "load-balancer-alb-details.png");

        // And back: Intranet releases the zones' public addresses.
        await page.GetByLabel("Network type", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Intranet" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Change network type" }).ClickAsync();
        await Expect(Notice(page)).ToContainTextAsync("is now Intranet-only");
        await Expect(zones.Nth(0).Locator("td").Nth(3)).ToHaveTextAsync("—");
    }

    [ChromiumFact]
    public async Task Nlb_SwitchedToTheTypeItAlreadyHas_ShowsTheErrorBesideTheSwitch()
    {
        var lab = await ResourceLab.CreateAsync(server);
        var nlbId = await lab.CreateZonalLoadBalancerAsync(OperatorRpc.Nlb, "browser-nlb-same");
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, server);
        await page.GotoAsync($"/console/load-balancers/nlb/{nlbId}?region={ResourceLab.Region}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Change network type" }).ClickAsync();

        await Expect(FieldOf(page, "Network type").Locator(".field-error")).ToContainTextAsync("is already Intranet");
        await Expect(Alert(page)).ToContainTextAsync("IncorrectStatus.LoadBalancer");
        await Expect(page.GetByLabel("Network type", new() { Exact = true })).ToHaveAttributeAsync("aria-describedby", "address-type-error");
    }

    [ChromiumFact]
    public async Task AnAlbOfAnotherRegion_IsNotFound_InThePage()
    {
        var lab = await ResourceLab.CreateAsync(server);
        var albId = await lab.CreateZonalLoadBalancerAsync(OperatorRpc.Alb, "browser-alb-region");
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, server);

        var response = await page.GotoAsync($"/console/load-balancers/alb/{albId}?region=cn-shanghai");

        Assert.Equal(404, response!.Status);
        await Expect(Alert(page)).ToContainTextAsync($"{albId} does not exist in cn-shanghai");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Change network type" })).ToHaveCountAsync(0);
    }

    [GeneratedRegex("/console/load-balancers/alb\\?region=cn-hangzhou$")]
    private static partial Regex AlbListInHangzhou();
}
