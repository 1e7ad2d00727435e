using OpenEip.Core.Naming;

namespace OpenEip.Tests.Naming;

public sealed class TextRulesTests
{
    [Theory]
    [InlineData("a\u0001b")]
    [InlineData("line\nbreak")]
    [InlineData("tab\there")]
    [InlineData("del\u007f")]
    [InlineData("c1\u0085")]
    public void ValidateText_ControlCharacter_IsInvalidParameterNamingIt(string value)
    {
        var error = TextRules.ValidateText("Name", value, 128);

        Assert.Equal("InvalidParameter", error?.Code);
        Assert.Contains("\"Name\"", error!.Message, StringComparison.Ordinal);
        Assert.Contains("control character U+", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("web-1 (東京)")]
    [InlineData("")]
    [InlineData("ünïcödé and emoji 😀")]
    public void ValidateText_PrintableText_IsAccepted(string value) => Assert.Null(TextRules.ValidateText("Name", value, 128));

    [Theory]
    [InlineData("http://x")]
    [InlineData("HTTPS://x")]
    public void ValidateText_Url_IsRefused(string value) => Assert.Equal("InvalidParameter", TextRules.ValidateText("Description", value, 256)?.Code);

    [Fact]
    public void ValidateText_TooLong_IsRefused() => Assert.Equal("InvalidParameter", TextRules.ValidateText("Name", new string('a', 129), 128)?.Code);
}
