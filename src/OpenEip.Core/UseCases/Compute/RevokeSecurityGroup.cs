using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Compute;

/// <summary>RevokeSecurityGroup: removes the group's rules that are the permission given (<see cref="OpenEip.Core.Compute.SecurityGroup.Revoke"/>).</summary>
public sealed class RevokeSecurityGroup(IStore store, TimeProvider clock)
{
    public Task<Result<Unit>> ExecuteAsync(RevokeSecurityGroupCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var group = await SecurityGroupLookup.FindAsync(session, command.AccountId, command.RegionId, command.SecurityGroupId);
            if (!group.IsSuccess)
                return group.Error;
            var permission = command.Permission.ToRule(command.SecurityGroupId, clock.GetUtcNow());
            foreach (var revoked in group.Value.Revoke(permission, await session.Compute.ListRulesAsync(command.SecurityGroupId)))
                await session.Compute.DeleteRuleAsync(revoked.SecurityGroupRuleId);
            return Unit.Value;
        }, cancellationToken);
}
