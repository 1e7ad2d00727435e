using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products;

/// <summary>
/// The common shape of delete-style actions: a required resource id, an optional (or required) RegionId,
/// a use case, and a body with only the RequestId.
/// </summary>
public abstract class IdAction : IRpcAction
{
    public abstract string Version { get; }

    public abstract string Name { get; }

    public bool IsMutating => true;

    /// <summary>The parameter that names the resource (VpcId, SecurityGroupId, …).</summary>
    protected abstract string IdParameter { get; }

    protected virtual bool RegionRequired => false;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regionId = RegionRequired ? bind.RequiredString("RegionId", 64) : bind.String("RegionId", 64);
        var id = bind.RequiredString(IdParameter, 64);
        if (bind.Error is not null)
            return bind.Error;
        var result = await RunAsync(context.AccountId, regionId ?? "", id, context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }

    protected abstract Task<Result<Unit>> RunAsync(string accountId, string regionId, string id, IdempotencyKey? idempotency, CancellationToken cancellationToken);
}
