namespace OpenEip.Core.UseCases.Compute;

/// <summary>AuthorizeSecurityGroup: the ingress permissions (Permissions.N) for the caller's group in RegionId, all or none.</summary>
public sealed record AuthorizeSecurityGroupCommand(string AccountId, string RegionId, string SecurityGroupId, IReadOnlyList<SecurityGroupPermission> Permissions);
