using OpenEip.Core.Nat;

namespace OpenEip.Tests.Nat;

public sealed class PortRangeTests
{
    [Theory]
    [InlineData("80", "80")]
    [InlineData("10/20", "10/20")]
    [InlineData("1/65535", "1/65535")]
    [InlineData("any", "any")]
    [InlineData("Any", "any")]
    public void Parse_WireForms_RoundTripToOneSpelling(string text, string stored)
    {
        Assert.Equal(stored, PortRange.Parse(text)?.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("65536")]
    [InlineData("20/10")]
    [InlineData("1-5")]
    [InlineData("+80")]
    [InlineData("80/")]
    [InlineData("/80")]
    [InlineData("000080")]
    public void Parse_Malformed_IsNull(string text)
    {
        Assert.Null(PortRange.Parse(text));
    }

    [Fact]
    public void Any_IsNotTheFullRangeWrittenOut_ButOverlapsLikeIt()
    {
        var full = PortRange.Parse("1/65535")!.Value;
        Assert.False(full.IsAny);
        Assert.True(PortRange.Any.Overlaps(PortRange.Parse("443")!.Value));
        Assert.True(PortRange.Parse("10/20")!.Value.Overlaps(PortRange.Parse("20/30")!.Value));
        Assert.False(PortRange.Parse("10/20")!.Value.Overlaps(PortRange.Parse("21/30")!.Value));
    }
}
