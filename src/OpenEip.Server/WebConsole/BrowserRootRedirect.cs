namespace OpenEip.Server.WebConsole;

/// <summary>
/// A person opening the server's address gets the console, not an <c>IncompleteSignature</c> error: a GET of
/// <c>/</c> without an action (neither an <c>Action</c> parameter nor V3's <c>x-acs-action</c> header) that
/// accepts HTML is sent to <c>/console</c>. Every API call keeps going to the RPC endpoint.
/// </summary>
internal static class BrowserRootRedirect
{
    public static Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) && request.Path == "/" && IsBrowser(request))
        {
            context.Response.Redirect("/console");
            return Task.CompletedTask;
        }

        return next();
    }

    private static bool IsBrowser(HttpRequest request) =>
        !request.Query.ContainsKey("Action")
        && !request.Headers.ContainsKey("x-acs-action")
        && request.Headers.Accept.Any(a => a is not null && a.Contains("text/html", StringComparison.OrdinalIgnoreCase));
}
