using OpenEip.Server.Hosting;

namespace OpenEip.Tests.Hosting;

public sealed class AddressPoolPlanTests
{
    [Fact]
    public void AddressesOf_Slash29_SkipsNetworkAndBroadcast()
    {
        Assert.Equal(
            ["203.0.113.1", "203.0.113.2", "203.0.113.3", "203.0.113.4", "203.0.113.5", "203.0.113.6"],
            AddressPoolPlan.AddressesOf("203.0.113.0/29"));
    }

    [Fact]
    public void AddressesOf_Slash32_IsTheOneAddress()
    {
        Assert.Equal(["203.0.113.9"], AddressPoolPlan.AddressesOf("203.0.113.9/32"));
    }

    [Theory]
    [InlineData("not-a-cidr")]
    [InlineData("2001:db8::/120")]
    [InlineData("10.0.0.0/8")]
    [InlineData("203.0.113.7")]
    public void AddressesOf_NotAnAcceptableIpv4Range_FailsAtStartup(string cidr)
    {
        Assert.Throws<InvalidOperationException>(() => AddressPoolPlan.AddressesOf(cidr));
    }
}
