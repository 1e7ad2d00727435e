using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;

namespace OpenEip.Rpc.Responses;

/// <summary>
/// Renders a JSON response as Alibaba's XML: objects become elements, and a list under a name
/// becomes that element repeated (<c>EipAddresses.EipAddress[]</c> → several &lt;EipAddress&gt;).
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
                writer.WriteString(scalar.GetValueKind() switch
                {
                    JsonValueKind.String => scalar.GetValue<string>(),
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    _ => scalar.ToJsonString(),
                });
                break;
        }

        writer.WriteEndElement();
    }
}
