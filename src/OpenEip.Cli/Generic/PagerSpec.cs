using OpenEip.Cli.Common;

namespace OpenEip.Cli.Generic;

/// <summary>
/// <c>--pager [path=…] [PageNumber=…] [PageSize=…] [TotalCount=…] [NextToken=…]</c>: gather every page. Each
/// setting renames the field it is named after, for APIs that spell it otherwise; <c>path</c> is the list to
/// gather (found by itself when not given).
/// </summary>
public sealed record PagerSpec(string? Path, string PageNumber, string PageSize, string TotalCount, string NextToken)
{
    public static PagerSpec Parse(IReadOnlyDictionary<string, string> settings)
    {
        foreach (var key in settings.Keys.Where(k => k is not ("path" or "PageNumber" or "PageSize" or "TotalCount" or "NextToken")))
            throw new CliException($"--pager takes path=, PageNumber=, PageSize=, TotalCount= and NextToken=, not '{key}='.");
        return new PagerSpec(
            settings.GetValueOrDefault("path"),
            settings.GetValueOrDefault("PageNumber") ?? "PageNumber",
            settings.GetValueOrDefault("PageSize") ?? "PageSize",
            settings.GetValueOrDefault("TotalCount") ?? "TotalCount",
            settings.GetValueOrDefault("NextToken") ?? "NextToken");
    }
}
