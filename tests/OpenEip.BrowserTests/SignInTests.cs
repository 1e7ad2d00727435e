using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OpenEip.BrowserTests;

[Collection(ConsoleCollection.Name)]
public sealed class SignInTests(ServerFixture server, BrowserFixture browser)
{
    [ChromiumFact]
    public async Task Root_RedirectsABrowserToTheConsole_WhichAsksToSignIn()
    {
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync("/");

        Assert.NotNull(response);
        var chain = new List<string>();
        for (var request = response.Request; request is not null; request = request.RedirectedFrom)
            chain.Insert(0, new Uri(request.Url).AbsolutePath);
        Assert.True(chain.Count >= 2, "GET / was not redirected: " + string.Join(" -> ", chain));
        Assert.Equal("/", chain[0]);
        Assert.Equal("/console", chain[1]);
        await ConsolePages.WaitForPathAsync(page, ConsolePages.SignInPath);
    }

    [ChromiumFact]
    public async Task Console_WithoutASession_LandsOnTheSignInForm()
    {
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/console");

        await ConsolePages.WaitForPathAsync(page, ConsolePages.SignInPath);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");
        await Expect(ConsolePages.AccessKeyIdInput(page)).ToBeVisibleAsync();
        await Expect(ConsolePages.AccessKeySecretInput(page)).ToBeVisibleAsync();
        await Expect(ConsolePages.SignInButton(page)).ToBeVisibleAsync();
    }

    [ChromiumFact]
    public async Task WrongSecret_StaysOnSignIn_WithAnAlert()
    {
        await using var context = await browser.NewContextAsync(server.BaseUrl);
        var page = await context.NewPageAsync();

        await ConsolePages.SubmitSignInAsync(page, ServerFixture.AccessKeyId, "not-the-secret-" + server.AccessKeySecret);

        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "The AccessKey pair is not valid" })).ToBeVisibleAsync();
        Assert.Equal(ConsolePages.SignInPath, new Uri(page.Url).AbsolutePath);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");
    }
}
