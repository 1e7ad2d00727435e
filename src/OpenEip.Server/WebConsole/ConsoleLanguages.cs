using Microsoft.Net.Http.Headers;

namespace OpenEip.Server.WebConsole;

/// <summary>
/// The console's languages and how the choice is made: the language cookie set by the switch in the top bar,
/// else the browser's Accept-Language, else English. The server runs in invariant globalization mode (no ICU
/// needed on the host), so this is a language choice for the texts only, never a <c>CultureInfo</c>.
/// </summary>
public static class ConsoleLanguages
{
    public const string English = "en";
    public const string Japanese = "ja";
    public const string CookieName = "openeip_lang";

    public static readonly IReadOnlyList<string> All = [English, Japanese];

    /// <summary>Middleware for console requests: decides the language before the page runs.</summary>
    public static Task ChooseAsync(HttpContext context, Func<Task> next)
    {
        ConsoleText.Current = Choose(context.Request);
        return next();
    }

    public static string Choose(HttpRequest request)
    {
        if (request.Cookies[CookieName] is { } chosen && All.Contains(chosen))
            return chosen;
        if (StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage, out var accepted))
        {
            foreach (var language in accepted.OrderByDescending(a => a.Quality ?? 1))
            {
                var tag = language.Value.Value ?? "";
                var primary = tag.Split('-')[0].ToLowerInvariant();
                if (All.Contains(primary))
                    return primary;
            }
        }

        return English;
    }
}
