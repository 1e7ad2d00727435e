using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static OpenEip.BrowserTests.Resources.ResourcePages;

namespace OpenEip.BrowserTests.Resources;

[Collection(ConsoleCollection.Name)]
public sealed class VpcPageTests(ServerFixture server, BrowserFixture browser)
{
    [ChromiumFact]
    public async Task ListsTheVpcWithItsVSwitches_AndTheirFreeAddresses()
    {
        var lab = await ResourceLab.CreateAsync(server);
        var second = await lab.VSwitchAsync(ResourceLab.SecondZone, "10.0.2.0/28");
        await lab.RunInstancesAsync();
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, server);

        await OpenAsync(page, "/console/vpcs", "VPCs and vSwitches");

        var vpc = page.GetByRole(AriaRole.Region, new() { Name = lab.VpcId });
        await Expect(vpc).ToContainTextAsync("10.0.0.0/16");
        var first = vpc.GetByRole(AriaRole.Row).Filter(new() { HasText = lab.VSwitchId });
        var other = vpc.GetByRole(AriaRole.Row).Filter(new() { HasText = second });
        await Expect(first).ToContainTextAsync(ResourceLab.FirstZone);
        await Expect(first).ToContainTextAsync("10.0.1.0/24");
        await Expect(other).ToContainTextAsync(ResourceLab.SecondZone);
        await Expect(other).ToContainTextAsync("10.0.2.0/28");
        // The counts are the API's (DescribeVSwitches' AvailableIpAddressCount): the instance holds one address of the first.
        await Expect(first.Locator("[data-free]")).ToHaveTextAsync((await AvailableAsync(lab.VSwitchId)).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(other.Locator("[data-free]")).ToHaveTextAsync((await AvailableAsync(second)).ToString(System.Globalization.CultureInfo.InvariantCulture));

        await ScreenshotAsync(page, "vpcs.png");
    }

    private async Task<int> AvailableAsync(string vSwitchId)
    {
        var body = await server.Rpc.CallAsync("DescribeVSwitches", new Dictionary<string, string> { ["RegionId"] = ResourceLab.Region, ["VSwitchId"] = vSwitchId });
        return body.GetProperty("VSwitches").GetProperty("VSwitch")[0].GetProperty("AvailableIpAddressCount").GetInt32();
    }
}
