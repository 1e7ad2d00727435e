using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenEip.Cli.Generic;

/// <summary>
/// Where a Describe/List answer keeps its list, as a dot path: <c>EipAddresses.EipAddress</c> (the RPC style's
/// wrapper object) or <c>LoadBalancers</c> (a bare array, as ALB and NLB answer).
/// </summary>
public static class ListPath
{
    public static string? Find(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
            return null;
        foreach (var property in body.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array)
                return property.Name;
            if (property.Value.ValueKind == JsonValueKind.Object)
            {
                var inner = property.Value.EnumerateObject().ToList();
                if (inner.Count == 1 && inner[0].Value.ValueKind == JsonValueKind.Array)
                    return property.Name + "." + inner[0].Name;
            }
        }

        return null;
    }

    /// <summary>The list at <paramref name="path"/>; empty when the answer has none there (an empty page may leave it out).</summary>
    public static IEnumerable<JsonElement> Items(JsonElement body, string path)
    {
        var current = body;
        foreach (var part in path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(part, out current))
                return [];
        }

        return current.ValueKind == JsonValueKind.Array ? current.EnumerateArray().ToList() : [];
    }

    /// <summary>Puts <paramref name="items"/> at <paramref name="path"/> in a copy of the answer, creating the wrappers it lacks.</summary>
    public static JsonObject Replace(JsonElement body, string path, JsonArray items)
    {
        var root = JsonNode.Parse(body.GetRawText())!.AsObject();
        var parts = path.Split('.');
        var current = root;
        foreach (var part in parts[..^1])
        {
            if (current[part] is not JsonObject next)
            {
                next = [];
                current[part] = next;
            }

            current = next;
        }

        current[parts[^1]] = items;
        return root;
    }
}
