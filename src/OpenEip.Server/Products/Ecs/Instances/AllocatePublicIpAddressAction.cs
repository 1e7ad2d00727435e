using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Compute;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Ecs.Instances;

/// <summary>AllocatePublicIpAddress: the instance's fixed public IP (R-ECS-4).</summary>
public sealed class AllocatePublicIpAddressAction(AllocatePublicIpAddress allocate) : IRpcAction
{
    public string Version => ProductVersions.Ecs;

    public string Name => "AllocatePublicIpAddress";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var instanceId = bind.RequiredString("InstanceId", 64);
        if (bind.String("IpAddress", 64) is { Length: > 0 })
            bind.Fail(new Error("OperationUnsupported.IpAddress", "A specific public IP cannot be asked for; omit IpAddress."));
        if (bind.Error is not null)
            return bind.Error;
        var result = await allocate.ExecuteAsync(new AllocatePublicIpAddressCommand(context.AccountId, instanceId), context.Idempotency, context.CancellationToken);
        return result.Map<object>(ip => new AllocatePublicIpAddressResponse(ip));
    }
}
