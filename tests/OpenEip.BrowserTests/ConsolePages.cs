using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace OpenEip.BrowserTests;

/// <summary>Steps the console's pages share: the sign-in form and waiting to land on a path.</summary>
public static class ConsolePages
{
    public const string SignInPath = "/console/sign-in";
    public const string EipsPath = "/console/eips";

    /// <summary>
    /// Waits until the page's address has this path (any query). An assertion that polls the address, not
    /// WaitForURL: that one also waits for a "load" event, which a navigation finished before it was called
    /// may never give it again (seen once on a fresh clone).
    /// </summary>
    public static Task WaitForPathAsync(IPage page, string path) =>
        Assertions.Expect(page).ToHaveURLAsync(new Regex($"^[a-z]+://[^/]+{Regex.Escape(path)}([?#].*)?$"));

    public static ILocator AccessKeyIdInput(IPage page) => page.GetByLabel("AccessKey ID");

    public static ILocator AccessKeySecretInput(IPage page) => page.GetByLabel("AccessKey secret");

    public static ILocator SignInButton(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Sign in" });

    /// <summary>Opens the sign-in page and submits the pair (where it lands is the caller's to check).</summary>
    public static async Task SubmitSignInAsync(IPage page, string accessKeyId, string accessKeySecret)
    {
        await page.GotoAsync(SignInPath);
        await AccessKeyIdInput(page).FillAsync(accessKeyId);
        await AccessKeySecretInput(page).FillAsync(accessKeySecret);
        await SignInButton(page).ClickAsync();
    }

    /// <summary>Signs in as a tenant and waits for the EIP list.</summary>
    public static async Task SignInAsAsync(IPage page, Tenant tenant)
    {
        await SubmitSignInAsync(page, tenant.AccessKeyId, tenant.AccessKeySecret);
        await WaitForPathAsync(page, EipsPath);
    }

    /// <summary>The EIP list's row of one EIP (by its id or address).</summary>
    public static ILocator EipRow(IPage page, string text) =>
        page.Locator("#eip-table").GetByRole(AriaRole.Row).Filter(new() { HasText = text });

    /// <summary>Signs in as the operator and waits for the EIP list.</summary>
    public static async Task SignInAsync(IPage page, ServerFixture server)
    {
        await SubmitSignInAsync(page, ServerFixture.AccessKeyId, server.AccessKeySecret);
        await WaitForPathAsync(page, EipsPath);
    }
}
