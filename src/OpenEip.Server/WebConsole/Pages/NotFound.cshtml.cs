using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OpenEip.Server.WebConsole.Pages;

/// <summary>A console address that names no page: a 404 in the console's own layout, not the API's JSON error.</summary>
public sealed class NotFoundModel : PageModel
{
    public string Path => HttpContext.Request.Path.Value ?? "";

    public void OnGet() => Response.StatusCode = StatusCodes.Status404NotFound;
}
