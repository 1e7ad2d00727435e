using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Compute;

/// <summary>
/// RevokeSecurityGroup: removes the group's rules that are the permissions given (<see cref="OpenEip.Core.Compute.SecurityGroup.Revoke"/>),
/// in one transaction.
/// </summary>
public sealed class RevokeSecurityGroup(IStore store, TimeProvider clock)
{
    public Task<Result<Unit>> ExecuteAsync(RevokeSecurityGroupCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var group = await SecurityGroupLookup.FindAsync(session, command.AccountId, command.RegionId, command.SecurityGroupId);
            if (!group.IsSuccess)
                return group.Error;
            var rules = await session.Compute.ListRulesAsync(command.SecurityGroupId);
            var now = clock.GetUtcNow();
            var revoked = command.Permissions.SelectMany(p => group.Value.Revoke(p.ToRule(command.SecurityGroupId, now), rules)).DistinctBy(r => r.SecurityGroupRuleId);
            foreach (var rule in revoked)
                await session.Compute.DeleteRuleAsync(rule.SecurityGroupRuleId);
            return Unit.Value;
        }, cancellationToken);
}
