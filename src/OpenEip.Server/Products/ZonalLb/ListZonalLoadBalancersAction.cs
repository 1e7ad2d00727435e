using System.Globalization;
using OpenEip.Core.Errors;
using OpenEip.Core.LoadBalancers;
using OpenEip.Core.UseCases.LoadBalancers;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.ZonalLb;

/// <summary>ListLoadBalancers: LoadBalancerIds.N, VpcIds.N, AddressType; MaxResults ≤ 100 and NextToken.</summary>
public abstract class ListZonalLoadBalancersAction(ListZonalLoadBalancers list, ZonalProduct product, DefaultRegion defaultRegion) : IRpcAction
{
    public string Version => product.Version;

    public string Name => "ListLoadBalancers";

    public bool IsMutating => false;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regionId = defaultRegion.Of(bind);
        var ids = bind.List("LoadBalancerIds", 20);
        var vpcIds = bind.List("VpcIds", 10);
        var addressType = bind.Enum("AddressType", ZonalBinding.AddressTypes);
        var limit = bind.Int("MaxResults", 1, 100) ?? 20;
        var token = bind.String("NextToken", 32);
        var offset = string.IsNullOrEmpty(token) ? 0 : int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var o) ? o : -1;
        if (offset < 0)
            bind.Fail(ApiErrors.InvalidParameter("NextToken", "use the NextToken of the previous page."));
        if (bind.Error is not null)
            return bind.Error;
        var query = new ZonalLoadBalancerQuery(context.AccountId, regionId, product.Kind) { Ids = ids, VpcIds = vpcIds, AddressType = addressType, Offset = offset, Limit = limit };
        var page = await list.ExecuteAsync(query, context.CancellationToken);
        var next = offset + page.Items.Count < page.TotalCount ? (offset + page.Items.Count).ToString(CultureInfo.InvariantCulture) : "";
        return new ZonalLoadBalancerList(page.Items.Select(lb => (object)ZonalLoadBalancerView.From(lb)).ToList(), page.TotalCount, next, limit);
    }
}
