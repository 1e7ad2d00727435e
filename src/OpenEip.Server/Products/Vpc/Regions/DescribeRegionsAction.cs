using OpenEip.Core.Errors;
using OpenEip.Core.Regions;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.Regions;

/// <summary>DescribeRegions: the catalogue's regions, named in the AcceptLanguage asked for (zh-CN by default).</summary>
public sealed class DescribeRegionsAction(RegionCatalogue regions, IHttpContextAccessor http) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "DescribeRegions";

    public bool IsMutating => false;

    public Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var language = bind.String("AcceptLanguage", 16);
        bind.String("ProductType", 64);
        if (bind.Error is not null)
            return Task.FromResult(Result<object>.Fail(bind.Error));

        // Clients are pointed at this server, so the endpoint of every region is the address they used.
        var endpoint = http.HttpContext?.Request.Host.Value ?? "localhost";
        var items = regions.Regions.Select(r => new RegionItem(r.RegionId, r.Names.For(language), endpoint)).ToList();
        return Task.FromResult(Result<object>.Ok(new DescribeRegionsResponse(new RegionList(items))));
    }
}
