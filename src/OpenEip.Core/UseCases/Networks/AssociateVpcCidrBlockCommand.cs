namespace OpenEip.Core.UseCases.Networks;

/// <summary>AssociateVpcCidrBlock's parameters: the secondary IPv4 block to add (SecondaryCidrBlock).</summary>
public sealed record AssociateVpcCidrBlockCommand(string AccountId, string VpcId, string? RegionId, string CidrBlock);
