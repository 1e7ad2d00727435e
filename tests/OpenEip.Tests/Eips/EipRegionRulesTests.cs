using OpenEip.Core.Eips;
using OpenEip.Core.Regions;
using OpenEip.Core.UseCases.Eips;

namespace OpenEip.Tests.Eips;

public sealed class EipRegionRulesTests
{
    private static readonly RegionCatalogue Regions = RegionCatalogue.LoadEmbedded();

    [Fact]
    public void UnknownRegion_IsForbiddenRegionNotFound_WithAlibabasMessage()
    {
        var error = EipRegions.Check(Regions, "xx-nowhere-9");

        Assert.Equal("Forbidden.RegionNotFound", error?.Code);
        Assert.Equal("Specified region is not found during access authentication.", error!.Message);
    }

    [Theory]
    [InlineData("cn-hangzhou")]
    [InlineData(null)]
    [InlineData("")]
    public void KnownOrAbsentRegion_Passes(string? regionId)
    {
        Assert.Null(EipRegions.Check(Regions, regionId));
    }

    [Theory]
    [InlineData("cn-hongkong")]
    [InlineData("ap-southeast-1")]
    [InlineData("ap-northeast-1")]
    [InlineData("ap-southeast-3")]
    [InlineData("ap-southeast-6")]
    [InlineData("ap-southeast-5")]
    [InlineData("ap-southeast-7")]
    public void BgpPro_IsOfferedInTheSevenRegionsAlibabaNames(string regionId)
    {
        Assert.Null(EipAllocationRules.ValidateIsp(Isps.BgpPro, Regions.Find(regionId)!));
    }

    [Fact]
    public void BgpPro_IsOfferedNowhereElse_AndBgpEverywhere()
    {
        var offering = Regions.Regions.Where(r => EipAllocationRules.ValidateIsp(Isps.BgpPro, r) is null).Select(r => r.RegionId).Order();

        Assert.Equal(["ap-northeast-1", "ap-southeast-1", "ap-southeast-3", "ap-southeast-5", "ap-southeast-6", "ap-southeast-7", "cn-hongkong"], offering);
        Assert.All(Regions.Regions, r => Assert.Null(EipAllocationRules.ValidateIsp(Isps.Bgp, r)));
        Assert.Equal("IllegalParam.Isp", EipAllocationRules.ValidateIsp(Isps.BgpPro, Regions.Find("cn-hangzhou")!)?.Code);
    }
}
