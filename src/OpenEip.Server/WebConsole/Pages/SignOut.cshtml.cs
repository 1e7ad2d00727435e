using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OpenEip.Server.WebConsole.Pages;

/// <summary>Ends the session (a POST with the anti-forgery token, from the top bar).</summary>
public sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => Redirect("/console/eips");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Redirect("/console/sign-in");
    }
}
