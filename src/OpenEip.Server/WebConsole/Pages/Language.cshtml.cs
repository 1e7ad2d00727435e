using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OpenEip.Server.WebConsole.Pages;

/// <summary>Switches the console's language and remembers it for a year (the language cookie), then goes back.</summary>
public sealed class LanguageModel : PageModel
{
    public static readonly TimeSpan Remembered = TimeSpan.FromDays(365);

    public IActionResult OnGet() => Redirect("/console");

    public IActionResult OnPost([FromForm] string? culture, [FromForm] string? returnUrl)
    {
        if (culture is not null && ConsoleLanguages.All.Contains(culture))
        {
            Response.Cookies.Append(
                ConsoleLanguages.CookieName,
                culture,
                new CookieOptions { Path = "/console", Expires = DateTimeOffset.UtcNow.Add(Remembered), HttpOnly = true, SameSite = SameSiteMode.Strict, IsEssential = true });
        }

        // Only a path inside the console: never an open redirect.
        return LocalRedirect(returnUrl is { } url && url.StartsWith("/console", StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal) ? url : "/console");
    }
}
