using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Nat;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.Nat;

/// <summary>
/// CreateNatGateway: an enhanced NAT gateway in a vSwitch, internet (takes EIPs) or intranet. Spec (the
/// PayBySpec size) is accepted and ignored, as Alibaba does for PayByLcu gateways.
/// </summary>
public sealed class CreateNatGatewayAction(CreateNatGateway create) : IRpcAction
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
            IcmpReplyEnabled = bind.Bool("IcmpReplyEnabled") ?? true,
            Tags = bind.Tags("Tag", 20),
        };
        // What OpenEip does not model is refused rather than dropped, so a client never reads back less than it set.
        if (bind.Bool("PrivateLinkEnabled") == true)
            bind.Fail(NatGatewayErrors.Unsupported("PrivateLinkEnabled", "OpenEip's NAT gateways have no PrivateLink (reverse access) mode."));
        if (bind.NonEmptyString("AccessMode", 1024) is not null)
            bind.Fail(NatGatewayErrors.Unsupported("AccessMode", "VPC NAT gateways' access modes are not modelled."));
        if (bind.Bool("SecurityProtectionEnabled") == true)
            bind.Fail(NatGatewayErrors.Unsupported("SecurityProtectionEnabled", "the firewall switch of NAT gateways is not modelled."));
        bind.Enum("NatType", ["Enhanced"]);
        bind.Enum("InstanceChargeType", ["PostPaid"]);
        bind.Enum("InternetChargeType", ["PayByLcu"]);
        if (bind.Error is not null)
            return bind.Error;
        var result = await create.ExecuteAsync(command, context.Idempotency, context.CancellationToken);
        return result.Map<object>(g => new CreateNatGatewayResponse(g.NatGatewayId, new SnatTableIdList([g.SnatTableId]), new ForwardTableIdList([g.ForwardTableId]), new FullNatTableIdList([])));
    }
}
