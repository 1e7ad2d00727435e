namespace OpenEip.Core.UseCases.Networks;

/// <summary>ModifyVpcAttribute's parameters: VpcName and Description (null: left as they are); CidrBlock only as it is.</summary>
public sealed record ModifyVpcCommand(string AccountId, string VpcId, string? RegionId, string? VpcName, string? Description, string? CidrBlock);
