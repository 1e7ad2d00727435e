namespace OpenEip.Core.UseCases.Compute;

public sealed record DeleteSecurityGroupCommand(string AccountId, string RegionId, string SecurityGroupId);
