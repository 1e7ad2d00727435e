using System.Text.Encodings.Web;
using System.Text.Json;

namespace OpenEip.Cli.Output;

/// <summary>JSON as the CLI prints it: indented, with non-ASCII text as itself (names in Japanese stay readable).</summary>
public static class JsonOutput
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter writer, JsonElement value) =>
        writer.WriteLine(JsonSerializer.Serialize(value, Options));

    public static void Write<T>(TextWriter writer, T value) =>
        writer.WriteLine(JsonSerializer.Serialize(value, Options));
}
