using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Ecs.NetworkInterfaces;

/// <summary>AttachNetworkInterface and DetachNetworkInterface: RegionId, NetworkInterfaceId, InstanceId.</summary>
public abstract class AttachmentAction : IRpcAction
{
    public string Version => ProductVersions.Ecs;

    public abstract string Name { get; }

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regionId = bind.RequiredString("RegionId", 64);
        var eniId = bind.RequiredString("NetworkInterfaceId", 64);
        var instanceId = bind.RequiredString("InstanceId", 64);
        NetworkInterfaceSupport.RefuseTrunkAndCards(bind);
        if (bind.Error is not null)
            return bind.Error;
        var result = await RunAsync(context.AccountId, regionId, eniId, instanceId, context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }

    protected abstract Task<Result<Unit>> RunAsync(string accountId, string regionId, string eniId, string instanceId, IdempotencyKey? idempotency, CancellationToken cancellationToken);
}
