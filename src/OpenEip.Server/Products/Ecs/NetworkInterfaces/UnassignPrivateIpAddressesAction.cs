using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Compute;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Ecs.NetworkInterfaces;

public sealed class UnassignPrivateIpAddressesAction(UnassignPrivateIpAddresses unassign) : IRpcAction
{
    public string Version => ProductVersions.Ecs;

    public string Name => "UnassignPrivateIpAddresses";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regionId = bind.RequiredString("RegionId", 64);
        var eniId = bind.RequiredString("NetworkInterfaceId", 64);
        var addresses = bind.List("PrivateIpAddress", 50);
        NetworkInterfaceSupport.RefusePrefixes(bind);
        if (addresses.Count == 0)
            bind.Fail(ApiErrors.MissingParameter("PrivateIpAddress.1"));
        if (bind.Error is not null)
            return bind.Error;
        var result = await unassign.ExecuteAsync(new UnassignPrivateIpAddressesCommand(context.AccountId, regionId, eniId, addresses), context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
