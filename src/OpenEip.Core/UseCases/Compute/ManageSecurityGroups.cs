using OpenEip.Core.Compute;
using OpenEip.Core.Eips;
using OpenEip.Core.Errors;
using OpenEip.Core.Identity;
using OpenEip.Core.Naming;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Networks;
using OpenEip.Core.UseCases.ResourceGroups;

namespace OpenEip.Core.UseCases.Compute;

/// <summary>CreateSecurityGroup, AuthorizeSecurityGroup, RevokeSecurityGroup and DeleteSecurityGroup.</summary>
public sealed class ManageSecurityGroups(IStore store, TimeProvider clock)
{
    public Task<Result<string>> CreateAsync(
        string accountId, string regionId, string vpcId, string? name, string? description, string? resourceGroupId, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        var invalid = TextRules.ValidateText("SecurityGroupName", name, 128) ?? TextRules.ValidateText("Description", description, 256);
        if (invalid is not null)
            return Task.FromResult(Result<string>.Fail(invalid));
        return store.WriteAsync<string>(idempotency, async session =>
        {
            var vpc = await VpcLookup.FindVpcAsync(session, accountId, vpcId, regionId);
            if (!vpc.IsSuccess)
                return vpc.Error;
            var resourceGroup = await ResourceGroupPlacement.ResolveAsync(session, accountId, resourceGroupId);
            if (!resourceGroup.IsSuccess)
                return resourceGroup.Error;
            var group = new SecurityGroup(ResourceIds.New("sg"), accountId, regionId, vpcId, name ?? "", description ?? "", clock.GetUtcNow())
            {
                ResourceGroupId = resourceGroup.Value,
            };
            await session.Compute.InsertSecurityGroupAsync(group);
            return group.SecurityGroupId;
        }, cancellationToken);
    }

    /// <summary>Adds an ingress permission; the same permission given again changes nothing (as ECS does).</summary>
    public Task<Result<Unit>> AuthorizeAsync(string accountId, string regionId, string securityGroupId, SecurityGroupPermission permission, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        var invalid = Validate(permission);
        if (invalid is not null)
            return Task.FromResult(Result<Unit>.Fail(invalid));
        return store.WriteAsync<Unit>(idempotency, async session =>
        {
            var group = await FindAsync(session, accountId, regionId, securityGroupId);
            if (!group.IsSuccess)
                return group.Error;
            if (permission.SourceGroupId is { Length: > 0 } source && await session.Compute.FindSecurityGroupAsync(accountId, source) is null)
                return ApiErrors.SecurityGroupNotFound(source);
            var rule = ToRule(securityGroupId, permission);
            var rules = await session.Compute.ListRulesAsync(securityGroupId);
            if (rules.Any(r => r.SamePermissionAs(rule)))
                return Unit.Value;
            if (rules.Count >= SecurityGroupRules.MaxRulesPerGroup)
                return new Error("QuotaExceeded.AuthorizationRule", $"A security group has at most {SecurityGroupRules.MaxRulesPerGroup} rules.");
            await session.Compute.InsertRuleAsync(rule);
            return Unit.Value;
        }, cancellationToken);
    }

    public Task<Result<Unit>> RevokeAsync(string accountId, string regionId, string securityGroupId, SecurityGroupPermission permission, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var group = await FindAsync(session, accountId, regionId, securityGroupId);
            if (!group.IsSuccess)
                return group.Error;
            var rule = ToRule(securityGroupId, permission);
            foreach (var existing in (await session.Compute.ListRulesAsync(securityGroupId)).Where(r => r.SamePermissionAs(rule)))
                await session.Compute.DeleteRuleAsync(existing.SecurityGroupRuleId);
            return Unit.Value;
        }, cancellationToken);

    public Task<Result<Unit>> DeleteAsync(string accountId, string regionId, string securityGroupId, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var group = await FindAsync(session, accountId, regionId, securityGroupId);
            if (!group.IsSuccess)
                return group.Error;
            var users = await session.Compute.ListNetworkInterfacesInGroupAsync(securityGroupId, 6);
            if (users.Count > 0)
                return ApiErrors.DependencyViolation("DependencyViolation", $"The security group {securityGroupId} is used by network interfaces: {DependentResources.Names(users)}.");
            await session.Compute.DeleteSecurityGroupAsync(securityGroupId);
            return Unit.Value;
        }, cancellationToken);

    internal static async Task<Result<SecurityGroup>> FindAsync(IStoreSession session, string accountId, string? regionId, string securityGroupId)
    {
        var group = await session.Compute.FindSecurityGroupAsync(accountId, securityGroupId);
        return group is null || (!string.IsNullOrEmpty(regionId) && group.RegionId != regionId) ? ApiErrors.SecurityGroupNotFound(securityGroupId) : group;
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

    private SecurityGroupRule ToRule(string securityGroupId, SecurityGroupPermission permission) => new()
    {
        SecurityGroupRuleId = ResourceIds.New("sgr"),
        SecurityGroupId = securityGroupId,
        Direction = "ingress",
        IpProtocol = permission.IpProtocol,
        PortRange = permission.PortRange,
        SourceCidrIp = permission.SourceCidrIp ?? "",
        SourceGroupId = permission.SourceGroupId ?? "",
        Policy = permission.Policy,
        Priority = permission.Priority,
        Description = permission.Description ?? "",
        CreationTime = clock.GetUtcNow(),
    };
}
