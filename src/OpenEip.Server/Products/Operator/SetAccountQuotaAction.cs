using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Accounts;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Operator;

public sealed class SetAccountQuotaAction(SetAccountQuota setQuota) : IRpcAction
{
    public string Version => ProductVersions.Operator;

    public string Name => "SetAccountQuota";

    public bool IsMutating => true;

    public bool RequiresOperator => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var accountId = bind.RequiredString("AccountId", 64);
        var quotaName = bind.RequiredString("QuotaName", 64);
        var value = bind.RequiredLong("Value", 0, 1_000_000_000);
        if (bind.Error is not null)
            return bind.Error;
        var result = await setQuota.ExecuteAsync(new SetAccountQuotaCommand(accountId, quotaName, value), context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
