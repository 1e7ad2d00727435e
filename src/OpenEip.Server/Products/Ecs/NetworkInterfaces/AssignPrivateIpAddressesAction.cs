using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Compute;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Ecs.NetworkInterfaces;

/// <summary>AssignPrivateIpAddresses: PrivateIpAddress.N, or SecondaryPrivateIpAddressCount free ones (R-ENI-4 limits).</summary>
public sealed class AssignPrivateIpAddressesAction(AssignPrivateIpAddresses assign) : IRpcAction
{
    public string Version => ProductVersions.Ecs;

    public string Name => "AssignPrivateIpAddresses";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regionId = bind.RequiredString("RegionId", 64);
        var eniId = bind.RequiredString("NetworkInterfaceId", 64);
        var addresses = bind.List("PrivateIpAddress", 50);
        var count = bind.Int("SecondaryPrivateIpAddressCount", 1, 50) ?? 0;
        NetworkInterfaceSupport.RefusePrefixes(bind);
        if (bind.Error is not null)
            return bind.Error;
        var command = new AssignPrivateIpAddressesCommand(context.AccountId, regionId, eniId) { PrivateIpAddresses = addresses, SecondaryPrivateIpAddressCount = count };
        var result = await assign.ExecuteAsync(command, context.Idempotency, context.CancellationToken);
        return result.Map<object>(assigned => new AssignPrivateIpAddressesResponse(new AssignedPrivateIpAddressesSet(eniId, new PrivateIpAddressList(assigned))));
    }
}
