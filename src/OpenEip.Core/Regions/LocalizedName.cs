namespace OpenEip.Core.Regions;

/// <summary>A name in the three languages the console and DescribeRegions speak.</summary>
public sealed record LocalizedName(string En, string Ja, string Zh)
{
    /// <summary>
    /// Picks the name for an Alibaba <c>AcceptLanguage</c> value (zh-CN, en-US, ja): Alibaba's
    /// default is Chinese, so anything unrecognised gets the Chinese name.
    /// </summary>
    public string For(string? acceptLanguage)
    {
        var lang = (acceptLanguage ?? "zh-CN").ToLowerInvariant();
        if (lang.StartsWith("en")) return En;
        if (lang.StartsWith("ja")) return Ja;
        return Zh;
    }
}
