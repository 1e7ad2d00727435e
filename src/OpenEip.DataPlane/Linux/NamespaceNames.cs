using System.Text.RegularExpressions;

namespace OpenEip.DataPlane.Linux;

/// <summary>
/// Names of network namespaces, as files under <c>/run/netns</c>. They become path components and words of
/// <c>ip -b</c> lines, so only letters, digits, '.', '_' and '-' are accepted (no '/', no blanks, no leading '-').
/// </summary>
internal static partial class NamespaceNames
{
    public const string Directory = "/run/netns";

    public static string Validate(string name) =>
        name.Length <= 255 && Pattern().IsMatch(name) && name is not "." and not ".."
            ? name
            : throw new ArgumentException($"'{name}' is not a valid network namespace name", nameof(name));

    public static bool Exists(string name) => File.Exists(Path.Combine(Directory, Validate(name)));

    /// <summary>The namespaces that exist now (the files under /run/netns).</summary>
    public static IReadOnlyList<string> List() =>
        System.IO.Directory.Exists(Directory)
            ? System.IO.Directory.EnumerateFiles(Directory).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];

    [GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9._-]*$")]
    private static partial Regex Pattern();
}
