namespace OpenEip.Core.UseCases.Compute;

/// <summary>RevokeSecurityGroup: one ingress permission to remove from the caller's group in RegionId.</summary>
public sealed record RevokeSecurityGroupCommand(string AccountId, string RegionId, string SecurityGroupId, SecurityGroupPermission Permission);
