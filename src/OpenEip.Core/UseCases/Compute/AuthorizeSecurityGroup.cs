using OpenEip.Core.Compute;
using OpenEip.Core.Errors;
using OpenEip.Core.Naming;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Compute;

/// <summary>
/// AuthorizeSecurityGroup: checks every permission's shape, then in one transaction loads the group's rules and each
/// peer group, asks the group (<see cref="SecurityGroup.Authorize"/>) permission by permission and adds the rules it
/// answers. One refusal undoes the whole call, as on Alibaba: a script that retries it (with its ClientToken) never
/// finds half of its permissions applied. The rules are read in the transaction that writes, so the count against
/// <see cref="SecurityGroupRules.MaxRulesPerGroup"/> holds at commit.
/// </summary>
public sealed class AuthorizeSecurityGroup(IStore store, TimeProvider clock)
{
    public Task<Result<Unit>> ExecuteAsync(AuthorizeSecurityGroupCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        if (command.Permissions.Select(Validate).FirstOrDefault(e => e is not null) is { } invalid)
            return Task.FromResult(Result<Unit>.Fail(invalid));
        return store.WriteAsync<Unit>(idempotency, async session =>
        {
            var group = await SecurityGroupLookup.FindAsync(session, command.AccountId, command.RegionId, command.SecurityGroupId);
            if (!group.IsSuccess)
                return group.Error;
            var rules = (await session.Compute.ListRulesAsync(command.SecurityGroupId)).ToList();
            var now = clock.GetUtcNow();
            foreach (var permission in command.Permissions)
            {
                var sourceExists = permission.SourceGroupId is not { Length: > 0 } source
                    || await session.Compute.FindSecurityGroupAsync(command.AccountId, source) is not null;
                var decided = group.Value.Authorize(permission.ToRule(command.SecurityGroupId, now), new SecurityGroupAuthorizeFacts(rules, sourceExists));
                if (!decided.IsSuccess)
                    return decided.Error;
                if (decided.Value is { } added)
                {
                    await session.Compute.InsertRuleAsync(added);
                    rules.Add(added);
                }
            }

            return Unit.Value;
        }, cancellationToken);
    }

    private static Error? Validate(SecurityGroupPermission permission)
    {
        if (string.IsNullOrEmpty(permission.SourceCidrIp) == string.IsNullOrEmpty(permission.SourceGroupId))
            return ApiErrors.InvalidParameter("SourceCidrIp", "give SourceCidrIp or SourceGroupId (one of them).");
        if (permission.Priority is < 1 or > 100)
            return ApiErrors.InvalidParameter("Priority", "an integer from 1 to 100 is expected.");
        return SecurityGroupRules.ValidatePortRange(permission.IpProtocol, permission.PortRange)
            ?? SecurityGroupRules.ValidateCidr("SourceCidrIp", permission.SourceCidrIp)
            ?? TextRules.ValidateText("Description", permission.Description, 512);
    }
}
