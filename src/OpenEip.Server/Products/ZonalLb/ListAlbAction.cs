using System.Globalization;
using OpenEip.Core.Errors;
using OpenEip.Core.LoadBalancers;
using OpenEip.Core.UseCases.LoadBalancers;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.ZonalLb;

public sealed class ListAlbAction(ListZonalLoadBalancers list, DefaultRegion defaultRegion) : ListZonalLoadBalancersAction(list, ZonalProduct.Alb, defaultRegion);
