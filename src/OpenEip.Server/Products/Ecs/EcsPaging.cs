using System.Globalization;
using OpenEip.Core.Errors;
using OpenEip.Rpc.Parameters;

namespace OpenEip.Server.Products.Ecs;

/// <summary>
/// ECS's two ways of paging a Describe call, as Alibaba documents them for DescribeInstances,
/// DescribeNetworkInterfaces and DescribeSecurityGroups: with <c>MaxResults</c> or <c>NextToken</c> the call pages by
/// token (PageNumber and PageSize are then ignored, and the answer's <c>NextToken</c> is empty on the last page);
/// otherwise by <c>PageNumber</c>/<c>PageSize</c>, with an empty <c>NextToken</c>. A client that pages by token
/// (the CLI's pager, newer SDK users) therefore gets every page, not only the first.
/// </summary>
/// <param name="ByToken">Whether the caller asked for token paging.</param>
public sealed record EcsPaging(int PageNumber, int PageSize, bool ByToken)
{
    public static EcsPaging Bind(ParameterBinder bind, int maxPageSize, int maxResults)
    {
        var limit = bind.Int("MaxResults", 1, maxResults);
        var token = bind.String("NextToken", 64);
        if (limit is null && string.IsNullOrEmpty(token))
            return new EcsPaging(bind.Int("PageNumber", 1, 1_000_000) ?? 1, bind.Int("PageSize", 1, maxPageSize) ?? 10, ByToken: false);

        var page = 1;
        if (!string.IsNullOrEmpty(token) && (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 2))
            bind.Fail(ApiErrors.InvalidParameter("NextToken", "use the NextToken of the previous page."));
        return new EcsPaging(page, limit ?? 10, ByToken: true);
    }

    /// <summary>The answer's NextToken: the next page's, while items remain and the caller pages by token; else empty.</summary>
    public string NextToken(int totalCount) =>
        ByToken && (long)PageNumber * PageSize < totalCount ? (PageNumber + 1).ToString(CultureInfo.InvariantCulture) : "";
}
