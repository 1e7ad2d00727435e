using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static OpenEip.BrowserTests.Resources.ResourcePages;

namespace OpenEip.BrowserTests.Resources;

[Collection(ConsoleCollection.Name)]
public sealed class NatGatewayPagesTests(ServerFixture server, BrowserFixture browser)
{
    [ChromiumFact]
    public async Task ListsTheGatewayWithItsEip_AndItsDetailsCreateAndDeleteSnatAndDnatEntries()
    {
        var lab = await ResourceLab.CreateAsync(server);
        var natId = await lab.CreateNatGatewayAsync("browser-nat");
        var eip = await lab.AllocateEipAsync();
        await lab.BindAsync(eip, natId, "Nat");
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, server);

        await OpenAsync(page, "/console/nat-gateways", "NAT gateways");
        var row = RowsWith(page, natId);
        foreach (var fact in new[] { "browser-nat", "Internet", "Available", lab.VpcId, eip.IpAddress })
            await Expect(row).ToContainTextAsync(fact);
        await ScreenshotAsync(page, "nat-gateways.png");

        await row.GetByRole(AriaRole.Link, new() { Name = natId }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"NAT gateway {natId}");
        var snatTable = page.GetByRole(AriaRole.Table).Filter(new() { Has = page.Locator("caption", new() { HasText = "SNAT entries" }) });
        var dnatTable = page.GetByRole(AriaRole.Table).Filter(new() { Has = page.Locator("caption", new() { HasText = "DNAT" }) });
        await Expect(snatTable).ToContainTextAsync("No SNAT entries.");

        // SNAT: the vSwitch reaches the internet through the gateway's EIP.
        await page.GetByLabel("SNAT IP address").SelectOptionAsync(eip.IpAddress);
        await page.GetByLabel("Source vSwitch").SelectOptionAsync(lab.VSwitchId);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create SNAT entry" }).ClickAsync();
        await Expect(Notice(page)).ToContainTextAsync("SNAT entry");
        var snatRow = snatTable.GetByRole(AriaRole.Row).Filter(new() { HasText = lab.VSwitchId });
        await Expect(snatRow).ToContainTextAsync(eip.IpAddress);
        await Expect(snatRow).ToContainTextAsync("10.0.1.0/24");

        // DNAT with a malformed port: refused, the error beside the port, the rest of the form kept.
        await page.GetByLabel("Public IP address").SelectOptionAsync(eip.IpAddress);
        await page.GetByLabel("Public port", new() { Exact = true }).FillAsync("eighty");
        await page.GetByLabel("Private IP address", new() { Exact = true }).FillAsync("10.0.1.50");
        await page.GetByLabel("Private port", new() { Exact = true }).FillAsync("8080");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create DNAT entry" }).ClickAsync();
        await Expect(FieldOf(page, "Public port").Locator(".field-error")).ToContainTextAsync("InvalidExternalPort.Malformed");
        await Expect(Alert(page)).ToContainTextAsync("InvalidExternalPort.Malformed");
        await Expect(page.GetByLabel("Private IP address", new() { Exact = true })).ToHaveValueAsync("10.0.1.50");
        await ScreenshotAsync(page, "nat-gateway-error.png");

        await page.GetByLabel("Public port", new() { Exact = true }).FillAsync("80");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create DNAT entry" }).ClickAsync();
        await Expect(Notice(page)).ToContainTextAsync("DNAT entry");
        var dnatRow = dnatTable.GetByRole(AriaRole.Row).Filter(new() { HasText = "10.0.1.50" });
        await Expect(dnatRow).ToContainTextAsync($"{eip.IpAddress} : 80");
        await Expect(dnatRow).ToContainTextAsync("10.0.1.50 : 8080");
        await Expect(dnatRow).ToContainTextAsync("tcp");
        await ScreenshotAsync(page, "nat-gateway.png");

        await snatRow.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await Expect(Notice(page)).ToContainTextAsync("deleted");
        await Expect(snatTable).ToContainTextAsync("No SNAT entries.");
        await Expect(dnatRow).ToHaveCountAsync(1);
    }

    [ChromiumFact]
    public async Task AGatewayTheAccountDoesNotHave_IsNotFound_InThePage()
    {
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, server);

        var response = await page.GotoAsync($"/console/nat-gateways/ngw-nosuchgateway?region={ResourceLab.Region}");

        Assert.Equal(404, response!.Status);
        await Expect(Alert(page)).ToContainTextAsync("ngw-nosuchgateway does not exist");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Console sections" })).ToBeVisibleAsync();
    }
}
