using OpenEip.Core.Associations;
using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Associations;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.Associations;

/// <summary>
/// AssociateEipAddress. InstanceType is checked by the use case, not the binder, so that an unknown type
/// gets the documented InvalidInstanceType.ValueNotSupported (R-EIP-7, R-LB-1).
/// </summary>
public sealed class AssociateEipAddressAction(AssociateEip associate) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "AssociateEipAddress";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var allocationId = bind.RequiredString("AllocationId", 64);
        var instanceId = bind.RequiredString("InstanceId", 64);
        var instanceType = bind.NonEmptyString("InstanceType", 64) ?? BindingTargetTypes.EcsInstance;
        var regionId = bind.NonEmptyString("RegionId", 64);
        var instanceRegionId = bind.NonEmptyString("InstanceRegionId", 64);
        var mode = bind.Enum("Mode", BindingModes.All);
        var privateIp = bind.NonEmptyString("PrivateIpAddress", 64);
        var vpcId = bind.NonEmptyString("VpcId", 64);
        if (bind.Error is not null)
            return bind.Error;
        var command = new AssociateEipCommand(context.AccountId, allocationId, instanceId, instanceType, regionId, instanceRegionId, mode, privateIp) { VpcId = vpcId };
        var result = await associate.ExecuteAsync(command, context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
