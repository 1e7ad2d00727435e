namespace OpenEip.Core.UseCases.Networks;

public sealed record CreatedVpc(string VpcId, string VRouterId, string RouteTableId, string ResourceGroupId);
