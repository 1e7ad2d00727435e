using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OpenEip.BrowserTests.Resources;

/// <summary>Steps the resource pages' tests share: opening a page in the lab's region, finding a row.</summary>
public static class ResourcePages
{
    /// <summary>Opens a console page in the lab's region (as if picked in the top bar) and waits for its heading.</summary>
    public static async Task OpenAsync(IPage page, string path, string heading)
    {
        await page.GotoAsync($"{path}?region={ResourceLab.Region}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
    }

    /// <summary>The rows of the page's tables that mention the text (an id).</summary>
    public static ILocator RowsWith(IPage page, string text) =>
        page.GetByRole(AriaRole.Row).Filter(new() { HasText = text });

    public static ILocator Alert(IPage page) => page.GetByRole(AriaRole.Alert);

    public static ILocator Notice(IPage page) => page.GetByRole(AriaRole.Status);

    /// <summary>The form field (label, control and its error) of the control with this label.</summary>
    public static ILocator FieldOf(IPage page, string label) =>
        page.Locator(".field").Filter(new() { Has = page.GetByLabel(label, new() { Exact = true }) });

    public static Task ScreenshotAsync(IPage page, string fileName) =>
        page.ScreenshotAsync(new() { Path = Screenshots.PathFor(fileName), FullPage = true });
}
