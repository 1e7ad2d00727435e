using System.Text.RegularExpressions;

namespace OpenEip.Tests.Fuzzing;

/// <summary>
/// The parameters each action reads, and how (<c>bind.Int("PageSize", …)</c>, <c>bind.JsonList("InstanceIds", …)</c>),
/// read from the actions' source files and the binding helpers they use. The fuzzer aims its values at
/// these, shaped for the kind of read (numbers at an Int, JSON arrays at a JsonList), so that it reaches
/// each action's own binding and rules instead of spraying names at random.
/// </summary>
public static partial class ActionParameters
{
    public sealed record Read(string Name, string Kind);

    /// <returns>Reads by (Version constant name, action name); empty when the sources are not beside the tests.</returns>
    public static IReadOnlyDictionary<string, IReadOnlyList<Read>> Load()
    {
        var products = FindProducts();
        if (products is null)
            return new Dictionary<string, IReadOnlyList<Read>>();
        var files = Directory.GetFiles(products, "*.cs", SearchOption.AllDirectories)
            .Select(f => (Type: Path.GetFileNameWithoutExtension(f), Text: File.ReadAllText(f))).ToList();
        var reads = new Dictionary<string, IReadOnlyList<Read>>(StringComparer.Ordinal);
        foreach (var (_, text) in files)
        {
            if (ActionName().Match(text) is not { Success: true } name)
                continue;
            // The action's own reads, its base class's and those of the helpers it calls (AllocateEipBinding, PermissionBinding, …).
            var sources = files.Where(f => f.Text == text || text.Contains(f.Type + ".", StringComparison.Ordinal) || text.Contains(f.Type + "(", StringComparison.Ordinal))
                .Select(f => f.Text);
            reads[name.Groups[1].Value] = sources.SelectMany(ReadsIn).DistinctBy(r => r.Name).ToList();
        }

        return reads;
    }

    private static IEnumerable<Read> ReadsIn(string text) =>
        BindCall().Matches(text).Select(m => new Read(m.Groups[2].Value.Replace("{i}", "1", StringComparison.Ordinal).Replace("{prefix}", "Permissions.1.", StringComparison.Ordinal), m.Groups[1].Value));

    private static string? FindProducts()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "OpenEip.Server", "Products");
            if (Directory.Exists(candidate))
                return candidate;
        }

        return null;
    }

    [GeneratedRegex(@"string Name => ""(\w+)"";")]
    private static partial Regex ActionName();

    [GeneratedRegex(@"bind\.(\w+)\(\$?""([^""]+)""")]
    private static partial Regex BindCall();
}
