using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OpenEip.Server.WebConsole.Pages.Operator;

/// <summary>
/// Where a signed-in session that is not the operator lands when it opens an operator page (the cookie
/// handler's AccessDeniedPath): a plain 403 page saying why, instead of the sign-in form, which would read as
/// if the session had ended.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class AccessDeniedModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? SignedInAs => User.Identity?.IsAuthenticated == true ? User.Identity.Name : null;

    /// <summary>Only a console path is offered back (never an open redirect; the sign-in page checks again).</summary>
    public string SafeReturnUrl => ReturnUrl is { } url && url.StartsWith("/console/", StringComparison.Ordinal) ? url : "/console/operator";

    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
