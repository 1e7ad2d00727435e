using System.Globalization;
using OpenEip.Core.Errors;
using OpenEip.Core.LoadBalancers;
using OpenEip.Core.UseCases.LoadBalancers;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.ZonalLb;

public sealed class DeleteNlbAction(DeleteZonalLoadBalancer delete) : DeleteZonalLoadBalancerAction(delete, ZonalProduct.Nlb);
