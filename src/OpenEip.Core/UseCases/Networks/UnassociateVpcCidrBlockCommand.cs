namespace OpenEip.Core.UseCases.Networks;

/// <summary>UnassociateVpcCidrBlock's parameters: the secondary block to remove, as AssociateVpcCidrBlock returned it.</summary>
public sealed record UnassociateVpcCidrBlockCommand(string AccountId, string VpcId, string? RegionId, string CidrBlock);
