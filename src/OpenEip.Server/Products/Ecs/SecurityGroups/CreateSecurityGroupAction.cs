using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Compute;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Ecs.SecurityGroups;

public sealed class CreateSecurityGroupAction(CreateSecurityGroup create) : IRpcAction
{
    public string Version => ProductVersions.Ecs;

    public string Name => "CreateSecurityGroup";

    public bool IsMutating => true;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regionId = bind.RequiredString("RegionId", 64);
        var vpcId = bind.String("VpcId", 64);
        if (string.IsNullOrEmpty(vpcId) && bind.Error is null)
            bind.Fail(ApiErrors.MissingParameter("VpcId") with { Message = "The input parameter \"VpcId\" is required: classic-network security groups are not offered." });
        var name = bind.String("SecurityGroupName", 1024);
        var description = bind.String("Description", 1024);
        var resourceGroupId = bind.NonEmptyString("ResourceGroupId", 64);
        bind.Enum("SecurityGroupType", ["normal", "enterprise"]);
        if (bind.Error is not null)
            return bind.Error;
        var result = await create.ExecuteAsync(new CreateSecurityGroupCommand(context.AccountId, regionId, vpcId!, name, description, resourceGroupId), context.Idempotency, context.CancellationToken);
        return result.Map<object>(id => new CreateSecurityGroupResponse(id));
    }
}
