using OpenEip.Core.Compute;

namespace OpenEip.Tests.Networks;

public sealed class InstanceTypeCatalogueTests
{
    private static readonly InstanceTypeCatalogue Catalogue = InstanceTypeCatalogue.LoadEmbedded();

    [Theory]
    [InlineData("ecs.d1ne")]
    [InlineData("ecs.ebmc4")]
    [InlineData("ecs.ebmg5")]
    [InlineData("ecs.ebmhfg5")]
    [InlineData("ecs.f1")]
    [InlineData("ecs.gn5i")]
    [InlineData("ecs.gn6v")]
    [InlineData("ecs.i2")]
    [InlineData("ecs.r1")]
    [InlineData("ecs.re4")]
    [InlineData("ecs.re4e")]
    [InlineData("ecs.sccg5")]
    [InlineData("ecs.sccgn6")]
    [InlineData("ecs.scch5")]
    [InlineData("ecs.g5")]
    [InlineData("ecs.c5")]
    [InlineData("ecs.r5")]
    [InlineData("ecs.t5")]
    [InlineData("ecs.sn2ne")]
    [InlineData("ecs.se1ne")]
    [InlineData("ecs.sn1ne")]
    public void R_MULTI_6_every_listed_family_is_offered_and_allowed(string family)
    {
        Assert.True(Catalogue.SupportsMultiBinded(family));
        Assert.Contains(Catalogue.Types, t => t.Family == family);
    }

    [Theory]
    [InlineData("ecs.g7")]
    [InlineData("ecs.c7")]
    [InlineData("ecs.r7")]
    [InlineData("ecs.g8i")]
    [InlineData("ecs.g6")]
    public void R_MULTI_6_todays_families_are_offered_but_not_multi_binded(string family)
    {
        Assert.False(Catalogue.SupportsMultiBinded(family));
        Assert.Contains(Catalogue.Types, t => t.Family == family);
    }

    [Fact]
    public void R_ENI_4_limits_come_from_the_type()
    {
        var large = Catalogue.Find("ecs.g7.large")!;
        var big = Catalogue.Find("ecs.g7.4xlarge")!;

        Assert.Equal(2, large.SecondaryEniQuantity);
        Assert.Equal(6, large.EniPrivateIpAddressQuantity);
        Assert.True(big.EniQuantity > large.EniQuantity);
        Assert.All(Catalogue.Types, t => Assert.True(t.EniQuantity >= 2 && t.EniPrivateIpAddressQuantity >= 2, t.InstanceTypeId));
        Assert.Null(Catalogue.Find("ecs.nope.large"));
    }
}
