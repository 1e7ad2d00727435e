using System.Text.Json;

namespace OpenEip.Cli.Output;

/// <summary>Fields of the items of a nested list, for table cells: a NAT gateway's EIP addresses, a load balancer's zone addresses.</summary>
public static class FieldLists
{
    /// <summary>The elements of the array at <paramref name="path"/> (dot path); none when it is absent.</summary>
    public static IEnumerable<JsonElement> Items(JsonElement item, string path)
    {
        var current = item;
        foreach (var part in path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(part, out current))
                return [];
        }

        return current.ValueKind == JsonValueKind.Array ? current.EnumerateArray().ToList() : [];
    }

    /// <summary><paramref name="field"/> of each element of the array at <paramref name="path"/>, non-empty ones joined with ", ".</summary>
    public static string Join(JsonElement item, string path, string field) =>
        string.Join(", ", Items(item, path).Select(element => Fields.Text(element, field)).Where(text => text.Length > 0));
}
