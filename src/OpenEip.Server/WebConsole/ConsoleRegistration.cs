using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using OpenEip.Core.Ports;
using OpenEip.Storage.Secrets;

namespace OpenEip.Server.WebConsole;

/// <summary>
/// The web console (issue 10): Razor Pages under <c>/console</c>, served by the server itself over the same
/// use cases as the API (in process), signed in with an AccessKey pair into a cookie session.
/// </summary>
public static class ConsoleRegistration
{
    public const string CookieName = "openeip_console";

    /// <summary>The operator's pages (accounts, quotas, pools, reports) need the operator account's session.</summary>
    public const string OperatorPolicy = "operator";

    /// <summary>How long a session lasts without use (sliding).</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);

    public static IServiceCollection AddOpenEipConsole(this IServiceCollection services, string dataDir)
    {
        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/WebConsole/Pages";
            options.Conventions.AuthorizeFolder("/");
            options.Conventions.AllowAnonymousToPage("/SignIn");
            options.Conventions.AllowAnonymousToPage("/Language");
            options.Conventions.AllowAnonymousToPage("/Error");
            options.Conventions.AllowAnonymousToPage("/NotFound");
            options.Conventions.AuthorizeFolder("/Operator", OperatorPolicy);
            // Says why a session that is not the operator's may not open an operator page (it lives beside them).
            options.Conventions.AllowAnonymousToPage("/Operator/AccessDenied");
        });
        // Sessions stay valid across restarts and across the servers of an installation: the keys that sign
        // them live in the store (sealed), not in one server's memory or files.
        services.AddDataProtection().SetApplicationName("OpenEip");
        services.AddOptions<KeyManagementOptions>().Configure<IStore, SecretProtector>((options, store, secrets) =>
            options.XmlRepository = new ConsoleKeyStore(store, secrets, Path.Combine(dataDir, "console-keys.xml")));
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(options =>
        {
            options.LoginPath = "/console/sign-in";
            options.AccessDeniedPath = "/console/access-denied";
            options.Cookie.Name = CookieName;
            options.Cookie.Path = "/console";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.ExpireTimeSpan = SessionLifetime;
            options.SlidingExpiration = true;
            options.Events.OnValidatePrincipal = ConsoleSessionCheck.ValidateAsync;
        });
        services.AddAuthorization(options => options.AddPolicy(OperatorPolicy, policy => policy.RequireClaim(ConsoleClaims.Operator, "true")));
        services.AddSingleton<ConsoleSignIn>();
        return services;
    }

    public static WebApplication UseOpenEipConsole(this WebApplication app)
    {
        app.Use(BrowserRootRedirect.InvokeAsync);
        // A page that fails unexpectedly shows the console's own error page (with the request id), never a stack trace.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/console"), console =>
        {
            console.UseExceptionHandler("/console/error");
            console.Use(ConsoleLanguages.ChooseAsync);
        });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = ConsoleAssets.Files(), RequestPath = ConsoleAssets.RequestPath });
        // Routing after the assets: the API's catch-all fallback endpoint would otherwise claim their paths.
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapGet("/console", () => Results.Redirect("/console/eips"));
        // Under /console, an address that names no page gets the console's 404 page, not the API's fallback.
        app.MapFallbackToPage("/console/{**path}", "/NotFound");
        return app;
    }
}
