using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Associations;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.Associations;

/// <summary>UnassociateEipAddress, with Force for an EIP that SNAT/DNAT entries use (R-NAT-6).</summary>
public sealed class UnassociateEipAddressAction(UnassociateEip unassociate) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "UnassociateEipAddress";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var allocationId = bind.RequiredString("AllocationId", 64);
        var instanceId = bind.NonEmptyString("InstanceId", 64);
        var instanceType = bind.NonEmptyString("InstanceType", 64);
        var privateIp = bind.NonEmptyString("PrivateIpAddress", 64);
        var regionId = bind.NonEmptyString("RegionId", 64);
        var force = bind.Bool("Force") ?? false;
        if (bind.Error is not null)
            return bind.Error;
        var command = new UnassociateEipCommand(context.AccountId, allocationId, regionId, instanceId, instanceType, privateIp, force);
        var result = await unassociate.ExecuteAsync(command, context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
