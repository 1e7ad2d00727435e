using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Accounts;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Operator;

/// <summary>CreateAccount: a tenant account with its first AccessKey pair (the secret is shown only here).</summary>
public sealed class CreateAccountAction(CreateAccount create) : IRpcAction
{
    public string Version => ProductVersions.Operator;

    public string Name => "CreateAccount";

    public bool IsMutating => true;

    public bool RequiresOperator => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var name = bind.String("AccountName", 1024);
        if (bind.Error is not null)
            return bind.Error;
        var result = await create.ExecuteAsync(new CreateAccountCommand(name), context.Idempotency, context.CancellationToken);
        return result.Map<object>(created => created);
    }
}
