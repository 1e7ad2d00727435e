using OpenEip.Core.Associations;
using OpenEip.Core.Eips;
using OpenEip.Core.LoadBalancers;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Eips;
using OpenEip.Core.UseCases.LoadBalancers;

namespace OpenEip.Server.WebConsole.Pages.Resources;

/// <summary>
/// Load balancers of the account in the region, one tab per product: CLBs (with the EIP bound to one), and
/// ALBs and NLBs (whose network type is switched from their own details page, R-UI-3).
/// </summary>
public sealed class LoadBalancersModel(DescribeClassicLoadBalancers classic, ListZonalLoadBalancers zonal, DescribeEips eips) : ConsolePageModel
{
    public const string Path = "/console/load-balancers";
    public const int PageSize = 100;

    public static readonly IReadOnlyList<string> Types = ["clb", "alb", "nlb"];

    /// <summary>The tab shown: clb (/console/load-balancers), alb or nlb (/console/load-balancers/alb, /nlb).</summary>
    public string Type { get; private set; } = "clb";

    public IReadOnlyList<ClassicLoadBalancer> Classic { get; private set; } = [];

    public IReadOnlyList<ZonalLoadBalancer> Zonal { get; private set; } = [];

    public int TotalCount { get; private set; }

    /// <summary>The owner's EIPs by the CLB they are bound to.</summary>
    public IReadOnlyDictionary<string, Eip> EipsByTarget { get; private set; } = new Dictionary<string, Eip>();

    /// <summary>Each product's list has its own path, so that picking a region in the top bar keeps the tab.</summary>
    public string TabPage(string type) => WithRegion(type == "clb" ? Path : $"{Path}/{type}");

    public string DetailsPage(string kind, string id) => WithRegion($"{Path}/{kind}/{Uri.EscapeDataString(id)}");

    public string EipsPage => WithRegion("/console/eips");

    public async Task OnGetAsync(string? type, CancellationToken cancellationToken)
    {
        if (type is not null && !Types.Contains(type))
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            ViewData["LoadError"] = ConsoleText.L($"There is no load balancer type \"{type}\": clb, alb or nlb.", $"ロードバランサーの種類「{type}」はありません（clb、alb、nlb のいずれか）。");
            return;
        }

        Type = type ?? "clb";
        if (Type != "clb")
        {
            var page = await zonal.ExecuteAsync(new ZonalLoadBalancerQuery(AccountId, RegionId, Type) { Limit = PageSize }, cancellationToken);
            Zonal = page.Items;
            TotalCount = page.TotalCount;
            return;
        }

        var result = await classic.ExecuteAsync(new DescribeClassicLoadBalancersQuery(new ComputeQuery(AccountId, RegionId) { PageSize = PageSize }, null), cancellationToken);
        if (!result.IsSuccess)
        {
            ViewData["LoadError"] = ConsoleErrors.Describe(result.Error);
            return;
        }

        Classic = result.Value.Items;
        TotalCount = result.Value.TotalCount;
        var bound = await eips.ExecuteAsync(new EipQuery(AccountId, RegionId) { AssociatedInstanceType = BindingTargetTypes.SlbInstance, PageSize = PageSize }, cancellationToken);
        if (bound.IsSuccess)
        {
            EipsByTarget = bound.Value.Page.Items.Where(e => e.Binding is not null)
                .GroupBy(e => e.Binding!.InstanceId).ToDictionary(g => g.Key, g => g.First());
        }
    }
}
