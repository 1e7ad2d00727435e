using System.Text.Json;

namespace OpenEip.Cli.Output;

/// <summary>One column of a table: its header, and how a row's value is read from an item of the API's answer.</summary>
public sealed record Column(string Header, Func<JsonElement, string> Value)
{
    /// <summary>A field by dot path (<c>Tags.Tag</c> lists are joined); <c>""</c> when absent.</summary>
    public static Column Field(string header, string path) => new(header, item => Fields.Text(item, path));
}
