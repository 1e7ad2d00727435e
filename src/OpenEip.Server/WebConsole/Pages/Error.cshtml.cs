using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OpenEip.Server.WebConsole.Pages;

/// <summary>Where an unexpected failure in a console page lands: a plain message and a request id, no stack trace.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string RequestId => Activity.Current?.Id ?? HttpContext.TraceIdentifier;

    public void OnGet()
    {
        Response.StatusCode = StatusCodes.Status500InternalServerError;
    }

    public void OnPost() => OnGet();
}
