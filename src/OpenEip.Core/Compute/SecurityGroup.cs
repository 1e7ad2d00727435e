using OpenEip.Core.Errors;

namespace OpenEip.Core.Compute;

/// <summary>A security group of a VPC. ENIs carry one or more (R-ENI-5: each ENI may have its own).</summary>
public sealed record SecurityGroup(
    string SecurityGroupId,
    string AccountId,
    string RegionId,
    string VpcId,
    string SecurityGroupName,
    string Description,
    DateTimeOffset CreationTime)
{
    /// <summary>How many ENIs a refused DeleteSecurityGroup reads to name them (five, and whether there are more).</summary>
    public const int DependentsNamed = 6;

    public string ResourceGroupId { get; init; } = "";

    /// <summary>
    /// AuthorizeSecurityGroup: the rule to add, or null when the group already has the same permission (given again, it
    /// changes nothing, as on ECS). Refused when the peer group named does not exist, or when the group is full
    /// (<see cref="SecurityGroupRules.MaxRulesPerGroup"/>); a permission already there is not refused by a full group.
    /// </summary>
    public Result<SecurityGroupRule?> Authorize(SecurityGroupRule rule, SecurityGroupAuthorizeFacts facts)
    {
        if (rule.SourceGroupId is { Length: > 0 } source && !facts.SourceGroupExists)
            return ApiErrors.SecurityGroupNotFound(source);
        if (facts.Rules.Any(r => r.SamePermissionAs(rule)))
            return Result<SecurityGroupRule?>.Ok(null);
        if (facts.Rules.Count >= SecurityGroupRules.MaxRulesPerGroup)
            return new Error("QuotaExceeded.AuthorizationRule", $"A security group has at most {SecurityGroupRules.MaxRulesPerGroup} rules.");
        return rule;
    }

    /// <summary>
    /// RevokeSecurityGroup: the rules of <paramref name="rules"/> that are the permission given (whatever their id,
    /// description and time). None is not an error: revoking what the group does not allow changes nothing.
    /// </summary>
    public IReadOnlyList<SecurityGroupRule> Revoke(SecurityGroupRule permission, IReadOnlyList<SecurityGroupRule> rules) =>
        rules.Where(r => r.SamePermissionAs(permission)).ToList();

    /// <summary>
    /// DeleteSecurityGroup: not while network interfaces are in the group (<paramref name="networkInterfaceIds"/>, up to
    /// <see cref="DependentsNamed"/> of them). The message names the first five and counts the rest
    /// (<see cref="DependentResources"/>), as for the network resources.
    /// </summary>
    public Result<Unit> CheckDelete(IReadOnlyList<string> networkInterfaceIds)
    {
        if (networkInterfaceIds.Count == 0)
            return Unit.Value;
        return ApiErrors.DependencyViolation("DependencyViolation", $"The security group {SecurityGroupId} is used by network interfaces: {DependentResources.Names(networkInterfaceIds)}.");
    }
}
