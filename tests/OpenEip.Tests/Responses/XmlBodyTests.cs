using System.Text.Json.Nodes;
using System.Xml.Linq;
using OpenEip.Rpc.Responses;

namespace OpenEip.Tests.Responses;

public sealed class XmlBodyTests
{
    [Fact]
    public void Render_ListUnderAName_RepeatsTheElement()
    {
        var json = JsonNode.Parse("""{"RequestId":"r1","TotalCount":2,"EipAddresses":{"EipAddress":[{"AllocationId":"eip-a","DeletionProtection":false},{"AllocationId":"eip-b","DeletionProtection":true}]}}""")!.AsObject();

        var xml = XDocument.Parse(XmlBody.Render("DescribeEipAddressesResponse", json));

        Assert.Equal("DescribeEipAddressesResponse", xml.Root!.Name.LocalName);
        Assert.Equal("2", xml.Root.Element("TotalCount")!.Value);
        var items = xml.Root.Element("EipAddresses")!.Elements("EipAddress").ToList();
        Assert.Equal(["eip-a", "eip-b"], items.Select(i => i.Element("AllocationId")!.Value));
        Assert.Equal("true", items[1].Element("DeletionProtection")!.Value);
    }

    [Fact]
    public void Render_TextWithMarkup_IsEscaped()
    {
        var json = new JsonObject { ["Message"] = "<b>&\"" };

        var xml = XDocument.Parse(XmlBody.Render("Error", json));

        Assert.Equal("<b>&\"", xml.Root!.Element("Message")!.Value);
    }

    [Theory]
    [InlineData("a\u0001b", "a\uFFFDb")]
    [InlineData("\uFFFF", "\uFFFD")]
    [InlineData("pair \uD83D\uDE00 kept, tab\tkept", "pair \uD83D\uDE00 kept, tab\tkept")]
    public void Render_StoredTextXmlCannotCarry_IsReplacedNotThrown(string stored, string shown)
    {
        var json = new JsonObject { ["Name"] = stored };

        var xml = XDocument.Parse(XmlBody.Render("Item", json));

        Assert.Equal(shown, xml.Root!.Element("Name")!.Value);
    }

    [Fact]
    public void Render_LoneSurrogate_IsReplacedNotThrown()
    {
        var json = new JsonObject { ["Name"] = "lone " + (char)0xD800 + " surrogate" };

        var xml = XDocument.Parse(XmlBody.Render("Item", json));

        Assert.Equal("lone \uFFFD surrogate", xml.Root!.Element("Name")!.Value);
    }
}
