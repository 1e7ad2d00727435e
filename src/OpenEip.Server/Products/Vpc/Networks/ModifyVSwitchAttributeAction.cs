using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Networks;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.Networks;

/// <summary>ModifyVSwitchAttribute: VSwitchName and Description; IPv6 is refused (OperationUnsupported.Ipv6).</summary>
public sealed class ModifyVSwitchAttributeAction(ModifyVSwitch modify) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "ModifyVSwitchAttribute";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var vSwitchId = bind.RequiredString("VSwitchId", 64);
        var regionId = bind.String("RegionId", 64);
        var name = bind.String("VSwitchName", 1024);
        var description = bind.String("Description", 1024);
        if (bind.Bool("EnableIPv6") == true || bind.NonEmptyString("Ipv6CidrBlock", 64) is not null || bind.NonEmptyString("VpcIpv6CidrBlock", 64) is not null)
            bind.Fail(new Error("OperationUnsupported.Ipv6", "IPv6 is not supported."));
        if (bind.Error is not null)
            return bind.Error;
        var result = await modify.ExecuteAsync(new ModifyVSwitchCommand(context.AccountId, vSwitchId, regionId, name, description), context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
