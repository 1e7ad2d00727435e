using OpenEip.Core.Compute;
using OpenEip.Core.Errors;
using OpenEip.Core.Identity;
using OpenEip.Core.Naming;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Networks;
using OpenEip.Core.UseCases.ResourceGroups;

namespace OpenEip.Core.UseCases.Compute;

/// <summary>CreateSecurityGroup: a VPC security group (classic-network groups are not offered), with no rules; answers its id.</summary>
public sealed class CreateSecurityGroup(IStore store, TimeProvider clock)
{
    public Task<Result<string>> ExecuteAsync(CreateSecurityGroupCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        var invalid = TextRules.ValidateText("SecurityGroupName", command.SecurityGroupName, 128) ?? TextRules.ValidateText("Description", command.Description, 256);
        if (invalid is not null)
            return Task.FromResult(Result<string>.Fail(invalid));
        return store.WriteAsync<string>(idempotency, async session =>
        {
            var vpc = await VpcLookup.FindVpcAsync(session, command.AccountId, command.VpcId, command.RegionId);
            if (!vpc.IsSuccess)
                return vpc.Error;
            var resourceGroup = await ResourceGroupPlacement.ResolveAsync(session, command.AccountId, command.ResourceGroupId);
            if (!resourceGroup.IsSuccess)
                return resourceGroup.Error;
            var group = new SecurityGroup(
                ResourceIds.New("sg"), command.AccountId, command.RegionId, command.VpcId, command.SecurityGroupName ?? "", command.Description ?? "", clock.GetUtcNow())
            {
                ResourceGroupId = resourceGroup.Value,
            };
            await session.Compute.InsertSecurityGroupAsync(group);
            return group.SecurityGroupId;
        }, cancellationToken);
    }
}
