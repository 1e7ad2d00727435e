using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OpenEip.BrowserTests;

[Collection(ConsoleCollection.Name)]
public sealed class SignOutTests(ServerFixture server, BrowserFixture browser)
{
    [ChromiumFact]
    public async Task SignOut_ReturnsToSignIn_AndTheListAsksToSignInAgain()
    {
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, server);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await ConsolePages.WaitForPathAsync(page, ConsolePages.SignInPath);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");

        await page.GotoAsync(ConsolePages.EipsPath);

        await ConsolePages.WaitForPathAsync(page, ConsolePages.SignInPath);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");
    }
}
