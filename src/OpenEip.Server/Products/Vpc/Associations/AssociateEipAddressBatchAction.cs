using OpenEip.Core.Associations;
using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Associations;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Vpc.Associations;

/// <summary>AssociateEipAddressBatch: InstanceIds.N (the EIPs) to one NAT gateway or ENI, all or nothing.</summary>
public sealed class AssociateEipAddressBatchAction(AssociateEipBatch batch) : IRpcAction
{
    public string Version => ProductVersions.Vpc;

    public string Name => "AssociateEipAddressBatch";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regionId = bind.RequiredString("RegionId", 64);
        var instanceId = bind.RequiredString("BindedInstanceId", 64);
        var instanceType = bind.RequiredString("BindedInstanceType", 64);
        var allocationIds = bind.List("InstanceIds", AssociateEipBatch.MaxEips + 1);
        var mode = bind.Enum("Mode", BindingModes.All);
        if (bind.Error is null && allocationIds.Count == 0)
            bind.Fail(ApiErrors.MissingParameter("InstanceIds.1"));
        if (bind.Error is not null)
            return bind.Error;
        var result = await batch.ExecuteAsync(new AssociateEipBatchCommand(context.AccountId, regionId, instanceType, instanceId, allocationIds, mode), context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
