using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenEip.Core.Errors;
using OpenEip.Core.Regions;

namespace OpenEip.Server.WebConsole;

/// <summary>
/// What every signed-in console page knows: whose session it is, whether that is the operator, and the
/// region picked in the top bar (the <c>region</c> query parameter, remembered in a cookie so that moving
/// between pages keeps it, as Alibaba's console does).
/// </summary>
public abstract class ConsolePageModel : PageModel
{
    public const string DefaultRegion = "cn-hangzhou";
    public const string RegionCookie = "openeip_region";

    private string? _regionId;

    public string AccountId => User.FindFirstValue(ConsoleClaims.AccountId) ?? "";

    public bool IsOperator => User.FindFirstValue(ConsoleClaims.Operator) == "true";

    /// <summary>The region the page shows: a catalogue region, never a typo.</summary>
    public string RegionId => _regionId ?? DefaultRegion;

    public IReadOnlyList<Region> Regions => Catalogue.Regions;

    /// <summary>A message from the action that redirected here (post, redirect, get).</summary>
    [Microsoft.AspNetCore.Mvc.TempData]
    public string? Notice { get; set; }

    protected RegionCatalogue Catalogue => HttpContext.RequestServices.GetRequiredService<RegionCatalogue>();

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var asked = Request.Query["region"].FirstOrDefault();
        if (asked is not null && Catalogue.Find(asked) is not null)
        {
            _regionId = asked;
            Response.Cookies.Append(RegionCookie, asked, new CookieOptions { Path = "/console", HttpOnly = true, SameSite = SameSiteMode.Strict, IsEssential = true });
        }
        else if (Request.Cookies[RegionCookie] is { } remembered && Catalogue.Find(remembered) is not null)
        {
            _regionId = remembered;
        }

        base.OnPageHandlerExecuting(context);
    }

    /// <summary>Shows an API error beside the field that caused it ("" for the form as a whole).</summary>
    protected void ShowError(string field, Error error) => ModelState.AddModelError(field, ConsoleErrors.Describe(error));

    /// <summary>
    /// Runs a change the way the API action of that name would be audited (<see cref="ConsoleAudit"/>): the
    /// parameters are the API call's, with RegionId added; empty ones are left out, as a client leaves them out.
    /// </summary>
    protected Task<Result<T>> AuditedAsync<T>(string version, string action, IEnumerable<(string Name, string? Value)> parameters, Func<Task<Result<T>>> change)
    {
        var given = parameters.Where(p => !string.IsNullOrEmpty(p.Value)).ToDictionary(p => p.Name, p => p.Value!, StringComparer.Ordinal);
        given.TryAdd("RegionId", RegionId);
        return ConsoleAudit.RunAsync(HttpContext, version, action, given, change);
    }

    /// <summary>A path of this console page with the region kept.</summary>
    protected string WithRegion(string path) => $"{path}{(path.Contains('?') ? '&' : '?')}region={Uri.EscapeDataString(RegionId)}";
}
