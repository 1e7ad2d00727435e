namespace OpenEip.Core.UseCases.Networks;

public sealed record DeleteVpcCommand(string AccountId, string VpcId, string? RegionId);
