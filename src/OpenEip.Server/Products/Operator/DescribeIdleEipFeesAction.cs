using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Billing;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Operator;

/// <summary>
/// DescribeIdleEipFees: per account, the idle fee each pay-as-you-go EIP has run up while unbound (R-LIFE-2),
/// and which ones have been idle long enough that releasing them is worth suggesting.
/// </summary>
public sealed class DescribeIdleEipFeesAction(DescribeIdleEipFees describe) : IRpcAction
{
    public string Version => ProductVersions.Operator;

    public string Name => "DescribeIdleEipFees";

    public bool IsMutating => false;

    public bool RequiresOperator => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var accountId = bind.NonEmptyString("AccountId", 64);
        if (bind.Error is not null)
            return bind.Error;
        var result = await describe.ExecuteAsync(new DescribeIdleEipFeesQuery(accountId), context.CancellationToken);
        return result.Map<object>(DescribeIdleEipFeesResponse.From);
    }
}
