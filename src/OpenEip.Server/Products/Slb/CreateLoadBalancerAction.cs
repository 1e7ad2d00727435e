using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.LoadBalancers;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Slb;

/// <summary>SLB CreateLoadBalancer: an intranet CLB in a vSwitch (can take an EIP later) or an internet CLB with a public address.</summary>
public sealed class CreateLoadBalancerAction(CreateClassicLoadBalancer create) : IRpcAction
{
    public string Version => ProductVersions.Slb;

    public string Name => "CreateLoadBalancer";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var command = new CreateClassicLoadBalancerCommand(context.AccountId, bind.RequiredString("RegionId", 64), bind.Enum("AddressType", ["internet", "intranet"]) ?? "internet")
        {
            VpcId = bind.NonEmptyString("VpcId", 64),
            VSwitchId = bind.NonEmptyString("VSwitchId", 64),
            Address = bind.NonEmptyString("Address", 64),
            LoadBalancerName = bind.String("LoadBalancerName", 1024),
            MasterZoneId = bind.NonEmptyString("MasterZoneId", 64),
            ResourceGroupId = bind.NonEmptyString("ResourceGroupId", 64),
        };
        bind.String("LoadBalancerSpec", 64);
        bind.Enum("InternetChargeType", ["paybytraffic", "paybybandwidth"]);
        bind.Int("Bandwidth", 1, 5120);
        if (bind.Error is not null)
            return bind.Error;
        var result = await create.ExecuteAsync(command, context.Idempotency, context.CancellationToken);
        return result.Map<object>(lb => new CreateLoadBalancerResponse(
            lb.LoadBalancerId, lb.Address, lb.LoadBalancerName, lb.VpcId, lb.VSwitchId, lb.NetworkType, "ipv4", lb.ResourceGroupId));
    }
}
