using System.Globalization;
using OpenEip.Core.Errors;
using OpenEip.Core.LoadBalancers;
using OpenEip.Core.UseCases.LoadBalancers;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.ZonalLb;

/// <summary>CreateLoadBalancer of ALB or NLB: AddressType Internet|Intranet, VpcId, ZoneMappings.N (two zones at least).</summary>
public abstract class CreateZonalLoadBalancerAction(CreateZonalLoadBalancer create, ZonalProduct product, DefaultRegion defaultRegion) : IRpcAction
{
    public string Version => product.Version;

    public string Name => "CreateLoadBalancer";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regionId = defaultRegion.Of(bind);
        var addressType = bind.RequiredEnum("AddressType", ZonalBinding.AddressTypes);
        var vpcId = bind.RequiredString("VpcId", 64);
        var name = bind.String("LoadBalancerName", 1024);
        var mappings = ZonalBinding.ZoneMappings(bind);
        var resourceGroupId = bind.NonEmptyString("ResourceGroupId", 64);
        if (bind.Error is not null)
            return bind.Error;
        var command = new CreateZonalLoadBalancerCommand(context.AccountId, regionId, product.Kind, addressType, vpcId, mappings)
        {
            LoadBalancerName = name,
            ResourceGroupId = resourceGroupId,
        };
        var result = await create.ExecuteAsync(command, context.Idempotency, context.CancellationToken);
        return result.Map<object>(lb => new CreatedZonalLoadBalancer(lb.LoadBalancerId, NewJobId()));
    }

    internal static string NewJobId() => Guid.NewGuid().ToString("N");
}
