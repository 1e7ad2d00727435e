using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Billing;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Operator;

/// <summary>SetAccountOverdue: an account with an overdue payment has its pay-as-you-go EIPs locked, then released after the grace period (R-LIFE-5).</summary>
public sealed class SetAccountOverdueAction(SetAccountOverdue setOverdue) : IRpcAction
{
    public string Version => ProductVersions.Operator;

    public string Name => "SetAccountOverdue";

    public bool IsMutating => true;

    public bool RequiresOperator => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var accountId = bind.RequiredString("AccountId", 64);
        var overdue = bind.RequiredBool("Overdue");
        if (bind.Error is not null)
            return bind.Error;
        var result = await setOverdue.ExecuteAsync(new SetAccountOverdueCommand(accountId, overdue), context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
