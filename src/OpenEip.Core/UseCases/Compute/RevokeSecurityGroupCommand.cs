namespace OpenEip.Core.UseCases.Compute;

/// <summary>RevokeSecurityGroup: the ingress permissions (Permissions.N) to remove from the caller's group in RegionId, all or none.</summary>
public sealed record RevokeSecurityGroupCommand(string AccountId, string RegionId, string SecurityGroupId, IReadOnlyList<SecurityGroupPermission> Permissions);
