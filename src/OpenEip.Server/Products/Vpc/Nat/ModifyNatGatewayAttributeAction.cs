using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Nat;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.Nat;

/// <summary>ModifyNatGatewayAttribute: Name, Description, IcmpReplyEnabled, and EipBindMode (MULTI_BINDED → NAT only).</summary>
public sealed class ModifyNatGatewayAttributeAction(ModifyNatGateway modify) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "ModifyNatGatewayAttribute";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var command = new ModifyNatGatewayCommand(context.AccountId, bind.RequiredString("RegionId", 64), bind.RequiredString("NatGatewayId", 64))
        {
            Name = bind.String("Name", 1024),
            Description = bind.String("Description", 1024),
            EipBindMode = bind.Enum("EipBindMode", ["MULTI_BINDED", "NAT"]),
            IcmpReplyEnabled = bind.Bool("IcmpReplyEnabled"),
        };
        if (bind.Bool("EnableSessionLog") == true)
            bind.Fail(NatGatewayErrors.Unsupported("EnableSessionLog", "NAT session logs are not kept."));
        if (bind.Error is not null)
            return bind.Error;
        var result = await modify.ExecuteAsync(command, context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
