namespace OpenEip.Core.UseCases.Nat;

public sealed record DeleteNatGatewayCommand(string AccountId, string RegionId, string NatGatewayId);
