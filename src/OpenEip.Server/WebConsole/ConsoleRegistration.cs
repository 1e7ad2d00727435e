using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace OpenEip.Server.WebConsole;

/// <summary>
/// The web console (issue 10): Razor Pages under <c>/console</c>, served by the server itself over the same
/// use cases as the API (in process), signed in with an AccessKey pair into a cookie session.
/// </summary>
public static class ConsoleRegistration
{
    public const string CookieName = "openeip_console";

    /// <summary>How long a session lasts without use (sliding).</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);

    public static IServiceCollection AddOpenEipConsole(this IServiceCollection services, string dataDir)
    {
        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/WebConsole/Pages";
            options.Conventions.AuthorizeFolder("/");
            options.Conventions.AllowAnonymousToPage("/SignIn");
        });
        // Session cookies stay valid across restarts: the keys that sign them live in the data directory.
        services.AddDataProtection().SetApplicationName("OpenEip");
        services.Configure<KeyManagementOptions>(options => options.XmlRepository = new ConsoleKeyFile(Path.Combine(dataDir, "console-keys.xml")));
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(options =>
        {
            options.LoginPath = "/console/sign-in";
            options.AccessDeniedPath = "/console/sign-in";
            options.Cookie.Name = CookieName;
            options.Cookie.Path = "/console";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.ExpireTimeSpan = SessionLifetime;
            options.SlidingExpiration = true;
        });
        services.AddAuthorization();
        services.AddSingleton<ConsoleSignIn>();
        return services;
    }

    public static WebApplication UseOpenEipConsole(this WebApplication app)
    {
        app.Use(BrowserRootRedirect.InvokeAsync);
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapGet("/console", () => Results.Redirect("/console/eips"));
        return app;
    }
}
