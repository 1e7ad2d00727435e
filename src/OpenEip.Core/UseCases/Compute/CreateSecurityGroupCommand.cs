namespace OpenEip.Core.UseCases.Compute;

/// <summary>CreateSecurityGroup: a group in the caller's VPC <paramref name="VpcId"/> of RegionId.</summary>
public sealed record CreateSecurityGroupCommand(string AccountId, string RegionId, string VpcId, string? SecurityGroupName, string? Description, string? ResourceGroupId);
