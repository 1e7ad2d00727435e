using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Accounts;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Operator;

public sealed class DeleteAccessKeyAction(AccountAdministration accounts) : IRpcAction
{
    public string Version => ProductVersions.Operator;

    public string Name => "DeleteAccessKey";

    public bool IsMutating => true;

    public bool RequiresOperator => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var accessKeyId = bind.RequiredString("AccessKeyId", 64);
        if (bind.Error is not null)
            return bind.Error;
        var result = await accounts.DeleteAccessKeyAsync(accessKeyId, context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
