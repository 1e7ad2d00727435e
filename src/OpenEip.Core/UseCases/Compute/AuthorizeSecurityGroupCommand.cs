namespace OpenEip.Core.UseCases.Compute;

/// <summary>AuthorizeSecurityGroup: one ingress permission for the caller's group in RegionId.</summary>
public sealed record AuthorizeSecurityGroupCommand(string AccountId, string RegionId, string SecurityGroupId, SecurityGroupPermission Permission);
