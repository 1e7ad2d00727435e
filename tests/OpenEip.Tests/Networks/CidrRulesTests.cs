using OpenEip.Core.Networks;

namespace OpenEip.Tests.Networks;

public sealed class CidrRulesTests
{
    [Theory]
    [InlineData("192.168.0.0/16")]
    [InlineData("10.0.0.0/8")]
    [InlineData("47.100.0.0/24")]
    public void ParseVpcBlock_ValidBlock_IsAccepted(string cidr)
    {
        Assert.True(CidrRules.ParseVpcBlock("CidrBlock", cidr).IsSuccess);
    }

    [Theory]
    [InlineData("192.168.1.0/7")]
    [InlineData("192.168.1.0/29")]
    [InlineData("192.168.1.1/24")]
    [InlineData("192.168.1.0")]
    [InlineData("300.0.0.0/8")]
    [InlineData("100.64.0.0/16")]
    [InlineData("127.0.0.0/16")]
    [InlineData("fd00::/64")]
    [InlineData("a.b.c.d/16")]
    public void ParseVpcBlock_MalformedOrReserved_IsRefused(string cidr)
    {
        var result = CidrRules.ParseVpcBlock("CidrBlock", cidr);

        Assert.Equal("InvalidCidrBlock.Malformed", result.Error?.Code);
        Assert.Contains("CidrBlock", result.Error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("192.168.0.0/15", false)]
    [InlineData("192.168.0.0/16", true)]
    [InlineData("192.168.0.0/29", true)]
    [InlineData("192.168.0.0/30", false)]
    public void ParseVSwitchBlock_MaskRange_Is16To29(string cidr, bool valid)
    {
        Assert.Equal(valid, CidrRules.ParseVSwitchBlock(cidr).IsSuccess);
    }

    [Fact]
    public void UsableRange_ReservesTheFirstAndLastThree()
    {
        var block = Ipv4Block.Parse("192.168.1.0/24")!.Value;

        var (first, last) = CidrRules.UsableRange(block);

        Assert.Equal("192.168.1.1", Ipv4Block.ToText(first));
        Assert.Equal("192.168.1.252", Ipv4Block.ToText(last));
        Assert.Equal(252, CidrRules.UsableCount(block));
    }

    [Fact]
    public void Overlaps_AndContains_WorkOnNumbers()
    {
        var vpc = Ipv4Block.Parse("10.0.0.0/16")!.Value;
        var inside = Ipv4Block.Parse("10.0.3.0/24")!.Value;
        var outside = Ipv4Block.Parse("10.1.0.0/24")!.Value;

        Assert.True(vpc.Contains(inside));
        Assert.True(vpc.Overlaps(inside));
        Assert.False(vpc.Overlaps(outside));
    }
}
