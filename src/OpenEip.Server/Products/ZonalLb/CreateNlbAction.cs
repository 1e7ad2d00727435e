using System.Globalization;
using OpenEip.Core.Errors;
using OpenEip.Core.LoadBalancers;
using OpenEip.Core.UseCases.LoadBalancers;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.ZonalLb;

public sealed class CreateNlbAction(CreateZonalLoadBalancer create, DefaultRegion defaultRegion) : CreateZonalLoadBalancerAction(create, ZonalProduct.Nlb, defaultRegion);
