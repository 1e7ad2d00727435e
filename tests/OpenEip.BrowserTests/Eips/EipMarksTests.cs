using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OpenEip.BrowserTests.Eips;

/// <summary>
/// The list's marks, on a server of its own whose clock the operator moves (OpenEip:Clock:Adjustable): an idle
/// pay-as-you-go EIP with its fee and the suggestion to release it (R-LIFE-2), a subscription near its expiry,
/// and a locked EIP with the reason (R-LIFE-5).
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class EipMarksTests(BrowserFixture browser)
{
    private const string Region = "cn-hangzhou";

    [ChromiumFact]
    public async Task IdleFeesNearExpiryAndLocks_AreMarkedWithWhatToDo()
    {
        var server = ServerFixture.WithSettings(new Dictionary<string, string> { ["OpenEip__Clock__Adjustable"] = "true" });
        await server.InitializeAsync();
        try
        {
            var tenant = await Tenant.CreateAsync(server, "marks");
            var idle = await tenant.AllocateEipAsync(Region);
            var body = await tenant.Rpc.CallAsync("AllocateEipAddress", new Dictionary<string, string>
            {
                ["RegionId"] = Region, ["InstanceChargeType"] = "PrePaid", ["InternetChargeType"] = "PayByBandwidth", ["Period"] = "1", ["PricingCycle"] = "Month",
            });
            var subscription = Tenant.Text(body, "AllocationId");
            await server.Rpc.CallAsync("AdvanceClock", new Dictionary<string, string> { ["Seconds"] = (26 * 24 * 3600).ToString(System.Globalization.CultureInfo.InvariantCulture) }, OperatorRpc.Operator);

            await using var context = await browser.NewContextAsync(server.BaseUrl);
            var page = await context.NewPageAsync();
            await ConsolePages.SignInAsAsync(page, tenant);

            var idleRow = ConsolePages.EipRow(page, idle.AllocationId);
            await Expect(idleRow).ToContainTextAsync("Idle: 624 h, fee so far");
            await Expect(idleRow).ToContainTextAsync("release it if it is no longer needed");
            var subscriptionRow = ConsolePages.EipRow(page, subscription);
            await Expect(subscriptionRow).ToContainTextAsync("Subscription");
            await Expect(subscriptionRow).ToContainTextAsync("day(s): renew it to keep the address");
            await Expect(subscriptionRow).Not.ToContainTextAsync("Idle:");

            await server.Rpc.CallAsync("SetAccountOverdue", new Dictionary<string, string> { ["AccountId"] = tenant.AccountId, ["Overdue"] = "true" }, OperatorRpc.Operator);
            await page.ReloadAsync();
            await Expect(idleRow).ToContainTextAsync("Locked: payment overdue");
            await Expect(idleRow.GetByRole(AriaRole.Link, new() { Name = "Bind resource" })).ToHaveCountAsync(0);
            await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("eips-marks.png"), FullPage = true });
        }
        finally
        {
            await server.DisposeAsync();
        }
    }
}
