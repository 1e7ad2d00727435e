namespace OpenEip.Core.UseCases.Networks;

public sealed record CreateVpcCommand(string AccountId, string RegionId, string? CidrBlock, string? VpcName, string? Description, string? ResourceGroupId);
