using System.Globalization;
using System.Text.Json;

namespace OpenEip.Cli.Output;

/// <summary>Reads fields of an answer as text for tables and checks, whatever JSON type the API gives them.</summary>
public static class Fields
{
    public static string Text(JsonElement item, string path)
    {
        var current = item;
        foreach (var part in path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(part, out current))
                return "";
        }

        return current.ValueKind switch
        {
            JsonValueKind.String => current.GetString() ?? "",
            JsonValueKind.Number => current.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Array => string.Join(", ", current.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText())),
            JsonValueKind.Object => current.GetRawText(),
            _ => "",
        };
    }

    /// <summary>Alibaba tags (<c>Tags.Tag[]</c> of <c>Key</c>/<c>Value</c>, or <c>TagKey</c>/<c>TagValue</c>) as <c>k=v, …</c>.</summary>
    public static string Tags(JsonElement item, string path = "Tags.Tag")
    {
        var current = item;
        foreach (var part in path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(part, out current))
                return "";
        }

        if (current.ValueKind != JsonValueKind.Array)
            return "";
        return string.Join(", ", current.EnumerateArray().Select(tag =>
            (Text(tag, "Key") is { Length: > 0 } key ? key : Text(tag, "TagKey")) + "=" +
            (Text(tag, "Key").Length > 0 ? Text(tag, "Value") : Text(tag, "TagValue"))));
    }

    public static long? Number(JsonElement item, string name) =>
        long.TryParse(Text(item, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;
}
