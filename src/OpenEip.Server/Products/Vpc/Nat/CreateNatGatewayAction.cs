using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Nat;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.Nat;

/// <summary>CreateNatGateway: an enhanced NAT gateway in a vSwitch, internet (takes EIPs) or intranet.</summary>
public sealed class CreateNatGatewayAction(NatGatewayLifecycle gateways) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "CreateNatGateway";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var command = new CreateNatGatewayCommand(context.AccountId, bind.RequiredString("RegionId", 64), bind.RequiredString("VpcId", 64), bind.RequiredString("VSwitchId", 64))
        {
            NetworkType = bind.Enum("NetworkType", ["internet", "intranet"]) ?? "internet",
            EipBindMode = bind.Enum("EipBindMode", ["MULTI_BINDED", "NAT"]) ?? "MULTI_BINDED",
            Name = bind.String("Name", 1024),
            Description = bind.String("Description", 1024),
            NatIp = bind.NonEmptyString("NatIp", 64),
            ResourceGroupId = bind.NonEmptyString("ResourceGroupId", 64),
        };
        bind.Enum("NatType", ["Enhanced"]);
        bind.Enum("InstanceChargeType", ["PostPaid"]);
        bind.Enum("InternetChargeType", ["PayByLcu"]);
        if (bind.Error is not null)
            return bind.Error;
        var result = await gateways.CreateAsync(command, context.Idempotency, context.CancellationToken);
        return result.Map<object>(g => new CreateNatGatewayResponse(g.NatGatewayId, new SnatTableIdList([g.SnatTableId]), new ForwardTableIdList([g.ForwardTableId]), new FullNatTableIdList([])));
    }
}
