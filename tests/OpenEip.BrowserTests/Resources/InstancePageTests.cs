using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static OpenEip.BrowserTests.Resources.ResourcePages;

namespace OpenEip.BrowserTests.Resources;

[Collection(ConsoleCollection.Name)]
public sealed class InstancePageTests(ServerFixture server, BrowserFixture browser)
{
    private const string Path = "/console/instances";
    private const string Heading = "ECS instances";

    [ChromiumFact]
    public async Task ListsTheInstanceWithItsFacts_ItsEipAndItsEnis()
    {
        var lab = await ResourceLab.CreateAsync(server);
        var instanceId = (await lab.RunInstancesAsync(name: "browser-web"))[0];
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, server);

        await OpenAsync(page, Path, Heading);
        var row = RowsWith(page, instanceId);
        await Expect(row).ToHaveCountAsync(1);
        // Pending and Starting are followed by the page itself until Running.
        await Expect(row.Locator("[data-status]")).ToHaveTextAsync("Running");
        foreach (var fact in new[] { "browser-web", ResourceLab.FirstZone, lab.VpcId, lab.VSwitchId, "Primary" })
            await Expect(row).ToContainTextAsync(fact);
        await Expect(row).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"10\.0\.1\.\d+"));
        await Expect(row.GetByRole(AriaRole.Button, new() { Name = "Start" })).ToHaveCountAsync(0);

        var eip = await lab.AllocateEipAsync();
        await lab.BindAsync(eip, instanceId, "EcsInstance");
        await page.ReloadAsync();
        var eipLink = row.GetByRole(AriaRole.Link, new() { Name = eip.IpAddress });
        await Expect(eipLink).ToHaveAttributeAsync("href", $"/console/eips?region={ResourceLab.Region}");
        await Expect(row).ToContainTextAsync(eip.AllocationId);

        await ScreenshotAsync(page, "instances.png");
    }

    [ChromiumFact]
    public async Task StopThenStart_FromTheRow_FollowsTheTransitionWithoutReloading()
    {
        var lab = await ResourceLab.CreateAsync(server);
        var instanceId = (await lab.RunInstancesAsync())[0];
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, server);
        await OpenAsync(page, Path, Heading);
        var row = RowsWith(page, instanceId);
        var status = row.Locator("[data-status]");
        await Expect(status).ToHaveTextAsync("Running");

        await row.GetByRole(AriaRole.Button, new() { Name = "Stop" }).ClickAsync();

        await Expect(Notice(page)).ToContainTextAsync($"Stopping the instance {instanceId}");
        await Expect(status).ToHaveTextAsync("Stopping");
        await Expect(status).ToHaveClassAsync("status-transitional");
        // Marks this document: a reload would lose the mark, the page's own refresh keeps it.
        await page.EvaluateAsync("() => { window.sameDocument = true; }");
        await Expect(status).ToHaveTextAsync("Stopped");
        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"), "the page was reloaded to show Stopped");
        await Expect(row.GetByRole(AriaRole.Button, new() { Name = "Stop" })).ToHaveCountAsync(0);

        await row.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();

        await Expect(Notice(page)).ToContainTextAsync($"Starting the instance {instanceId}");
        await Expect(status).ToHaveTextAsync("Starting");
        await page.EvaluateAsync("() => { window.sameDocument = true; }");
        await Expect(status).ToHaveTextAsync("Running");
        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"), "the page was reloaded to show Running");
        await Expect(row.GetByRole(AriaRole.Button, new() { Name = "Stop" })).ToBeVisibleAsync();
    }

    [ChromiumFact]
    public async Task Stop_RefusedByTheApi_ShowsTheErrorInTheInstancesRow()
    {
        var lab = await ResourceLab.CreateAsync(server);
        var instanceId = (await lab.RunInstancesAsync())[0];
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, server);
        await OpenAsync(page, Path, Heading);
        var row = RowsWith(page, instanceId);
        await Expect(row.Locator("[data-status]")).ToHaveTextAsync("Running");

        // Stopped elsewhere meanwhile: the page still offers Stop, which the use case now refuses.
        await lab.StopInstanceAsync(instanceId);
        await row.GetByRole(AriaRole.Button, new() { Name = "Stop" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Heading);
        await Expect(Alert(page)).ToContainTextAsync("IncorrectInstanceStatus");
        await Expect(row.Locator(".field-error")).ToContainTextAsync(new System.Text.RegularExpressions.Regex($"The instance {instanceId} is Stopp(ing|ed)"));
    }
}
