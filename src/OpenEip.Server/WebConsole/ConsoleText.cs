namespace OpenEip.Server.WebConsole;

/// <summary>
/// The console speaks English and Japanese (issue 10). Each text is written where it is shown, in both
/// languages, and picked by the language of the request (<see cref="ConsoleLanguages"/>), so a page and its
/// translation cannot drift apart in separate files. Japanese uses the seed's wording for its terms.
/// </summary>
public static class ConsoleText
{
    private static readonly AsyncLocal<string?> s_current = new();

    /// <summary>The language of the request being served (set by <see cref="ConsoleLanguages.ChooseAsync"/>).</summary>
    public static string Current
    {
        get => s_current.Value ?? ConsoleLanguages.English;
        set => s_current.Value = value;
    }

    public static bool IsJapanese => Current == ConsoleLanguages.Japanese;

    /// <summary>The text in the language of this request.</summary>
    public static string L(string english, string japanese) => IsJapanese ? japanese : english;
}
