using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Compute;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Ecs.NetworkInterfaces;

/// <summary>
/// ModifyNetworkInterfaceAttribute: NetworkInterfaceName, Description and SecurityGroupId.N (the ENI's
/// new set of groups, each in its VPC). QueueNumber is refused (queues are not modelled).
/// </summary>
public sealed class ModifyNetworkInterfaceAttributeAction(ModifyNetworkInterface modify) : IRpcAction
{
    public string Version => ProductVersions.Ecs;

    public string Name => "ModifyNetworkInterfaceAttribute";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var groups = bind.List("SecurityGroupId", 10);
        var command = new ModifyNetworkInterfaceCommand(context.AccountId, bind.RequiredString("RegionId", 64), bind.RequiredString("NetworkInterfaceId", 64))
        {
            NetworkInterfaceName = bind.String("NetworkInterfaceName", 1024),
            Description = bind.String("Description", 1024),
            SecurityGroupIds = groups.Count > 0 ? groups : null,
        };
        NetworkInterfaceSupport.RefuseQueueNumber(bind);
        if (bind.Error is not null)
            return bind.Error;
        var result = await modify.ExecuteAsync(command, context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
