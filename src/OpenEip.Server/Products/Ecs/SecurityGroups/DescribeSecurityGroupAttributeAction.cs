using OpenEip.Core.Errors;
using OpenEip.Core.UseCases.Compute;
using OpenEip.Rpc.Dispatch;

namespace OpenEip.Server.Products.Ecs.SecurityGroups;

/// <summary>DescribeSecurityGroupAttribute: the group's permissions (Direction ingress, egress or all).</summary>
public sealed class DescribeSecurityGroupAttributeAction(DescribeSecurityGroupAttribute describe) : IRpcAction
{
    public string Version => ProductVersions.Ecs;

    public string Name => "DescribeSecurityGroupAttribute";

    public bool IsMutating => false;

    public async Task<Result<object>> ExecuteAsync(RpcCallContext context)
    {
        var bind = context.Bind();
        var regionId = bind.RequiredString("RegionId", 64);
        var groupId = bind.RequiredString("SecurityGroupId", 64);
        var direction = bind.Enum("Direction", ["ingress", "egress", "all"]) ?? "all";
        if (bind.Error is not null)
            return bind.Error;
        var result = await describe.ExecuteAsync(new DescribeSecurityGroupAttributeQuery(context.AccountId, regionId, groupId), context.CancellationToken);
        return result.Map<object>(found => new DescribeSecurityGroupAttributeResponse(
            regionId, found.Group.SecurityGroupId, found.Group.SecurityGroupName, found.Group.Description, found.Group.VpcId, "Accept", "",
            new PermissionList(found.Rules.Where(r => direction == "all" || r.Direction == direction).Select(PermissionItem.From).ToList())));
    }
}
