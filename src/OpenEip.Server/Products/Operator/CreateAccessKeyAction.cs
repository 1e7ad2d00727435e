using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Accounts;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Operator;

public sealed class CreateAccessKeyAction(CreateAccessKey create) : IRpcAction
{
    public string Version => ProductVersions.Operator;

    public string Name => "CreateAccessKey";

    public bool IsMutating => true;

    public bool RequiresOperator => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var accountId = bind.RequiredString("AccountId", 64);
        if (bind.Error is not null)
            return bind.Error;
        var result = await create.ExecuteAsync(new CreateAccessKeyCommand(accountId), context.Idempotency, context.CancellationToken);
        return result.Map<object>(created => created);
    }
}
