using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.ResourceGroups;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Operator;

/// <summary>CreateResourceGroup (operator): a resource group for any account, with the rules of Resource Manager's CreateResourceGroup.</summary>
public sealed class CreateAccountResourceGroupAction(CreateResourceGroup create) : IRpcAction
{
    public string Version => ProductVersions.Operator;

    public string Name => "CreateResourceGroup";

    public bool IsMutating => true;

    public bool RequiresOperator => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var accountId = bind.RequiredString("AccountId", 64);
        var name = bind.String("Name", 1024);
        var displayName = bind.String("DisplayName", 1024);
        if (bind.Error is not null)
            return bind.Error;
        var result = await create.ExecuteAsync(new CreateResourceGroupCommand(accountId, name, displayName), context.Idempotency, context.CancellationToken);
        return result.Map<object>(created => new CreateAccountResourceGroupResponse(OperatorResourceGroupItem.From(created.Group)));
    }
}
