using System.Text.Json;
using OpenEip.Cli.Output;

namespace OpenEip.Cli.Verbs;

/// <summary>How the verbs print what they did, the same way for every resource.</summary>
public static class Results
{
    /// <summary>One resource as an item; several (or any number when <paramref name="asList"/>) as a list, so JSON keeps one shape per command line.</summary>
    public static void Show(Renderer renderer, IReadOnlyList<JsonElement> items, bool asList, IReadOnlyList<Column> details, IReadOnlyList<Column> list)
    {
        if (!asList && items.Count == 1)
            renderer.Item(items[0], details);
        else
            renderer.List(items, list);
    }

    /// <summary>What a delete verb removed: the ids as a JSON array (scripts), or a line for people.</summary>
    public static void Deleted(Renderer renderer, IReadOnlyList<string> ids)
    {
        if (renderer.Format == OutputFormat.Json)
            renderer.Json(ids);
        else
            renderer.Note($"Deleted {string.Join(", ", ids)}.");
    }
}
