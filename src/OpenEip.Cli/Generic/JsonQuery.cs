using System.Text.Json;
using DevLab.JmesPath;
using OpenEip.Cli.Common;

namespace OpenEip.Cli.Generic;

/// <summary>JMESPath over a response, as aliyun's <c>--waiter expr=</c> evaluates it.</summary>
public static class JsonQuery
{
    private static readonly JmesPath s_engine = new();

    /// <summary>The expression's value: a string as its text, anything else as JSON, null when it selects nothing.</summary>
    public static string? Evaluate(JsonElement body, string expression)
    {
        string result;
        try
        {
            result = s_engine.Transform(body.GetRawText(), expression);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new CliException($"'{expression}' is not a JMESPath expression: {e.Message}");
        }

        using var document = JsonDocument.Parse(result);
        return document.RootElement.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.String => document.RootElement.GetString(),
            _ => document.RootElement.GetRawText(),
        };
    }
}
