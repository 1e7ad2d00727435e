using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using OpenEip.Core.Naming;

namespace OpenEip.Rpc.Responses;

/// <summary>
/// Renders a JSON response as Alibaba's XML: objects become elements, and a list under a name
/// becomes that element repeated (<c>EipAddresses.EipAddress[]</c> → several &lt;EipAddress&gt;).
/// It cannot fail on data: a character XML 1.0 cannot carry (input validation refuses them, but a value
/// stored before that rule existed may hold one) is written as U+FFFD, not thrown on.
/// </summary>
public static class XmlBody
{
    public static string Render(string rootName, JsonObject body)
    {
        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(builder, new XmlWriterSettings { OmitXmlDeclaration = false, Encoding = Encoding.UTF8 }))
        {
            writer.WriteStartElement(rootName);
            WriteChildren(writer, body);
            writer.WriteEndElement();
        }

        return builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"UTF-8\"", StringComparison.Ordinal);
    }

    private static void WriteChildren(XmlWriter writer, JsonObject node)
    {
        foreach (var (name, value) in node)
        {
            if (value is JsonArray array)
            {
                foreach (var item in array)
                    WriteElement(writer, name, item);
            }
            else
            {
                WriteElement(writer, name, value);
            }
        }
    }

    private static void WriteElement(XmlWriter writer, string name, JsonNode? value)
    {
        writer.WriteStartElement(XmlConvert.EncodeLocalName(name));
        switch (value)
        {
            case JsonObject obj:
                WriteChildren(writer, obj);
                break;
            case JsonArray array:
                foreach (var item in array)
                    WriteElement(writer, "item", item);
                break;
            case JsonValue scalar:
                writer.WriteString(XmlSafe(scalar.GetValueKind() switch
                {
                    JsonValueKind.String => scalar.GetValue<string>(),
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    _ => scalar.ToJsonString(),
                }));
                break;
        }

        writer.WriteEndElement();
    }

    private static string XmlSafe(string text)
    {
        if (TextRules.FirstXmlInvalid(text) is null)
            return text;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
                continue;
            }

            builder.Append(TextRules.FirstXmlInvalid([c]) is null ? c : '\uFFFD');
        }

        return builder.ToString();
    }
}
