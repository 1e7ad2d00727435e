using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OpenEip.Server.WebConsole.Pages;

/// <summary>The sign-in form: an AccessKey pair opens a cookie session for its account.</summary>
public sealed class SignInModel(ConsoleSignIn signIn) : PageModel
{
    [BindProperty]
    public string? AccessKeyId { get; set; }

    [BindProperty]
    public string? AccessKeySecret { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Error = await signIn.SignInAsync(HttpContext, AccessKeyId, AccessKeySecret, cancellationToken);
        if (Error is not null)
            return Page();
        // Only a path inside the console: never an open redirect.
        return LocalRedirect(ReturnUrl is { } url && url.StartsWith("/console/", StringComparison.Ordinal) ? url : "/console/eips");
    }
}
