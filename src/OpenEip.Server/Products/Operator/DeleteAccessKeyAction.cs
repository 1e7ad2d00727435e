using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Accounts;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Operator;

public sealed class DeleteAccessKeyAction(DeleteAccessKey delete) : IRpcAction
{
    public string Version => ProductVersions.Operator;

    public string Name => "DeleteAccessKey";

    public bool IsMutating => true;

    public bool RequiresOperator => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        // Not "AccessKeyId": in V1 requests that name is the caller's own key (RAM names it UserAccessKeyId too).
        var accessKeyId = bind.RequiredString("UserAccessKeyId", 64);
        if (bind.Error is not null)
            return bind.Error;
        var result = await delete.ExecuteAsync(new DeleteAccessKeyCommand(accessKeyId), context.Idempotency, context.CancellationToken);
        return result.Map<object>(_ => EmptyResponse.Instance);
    }
}
