namespace OpenEip.Core.UseCases.Nat;

/// <summary>The operator's SetNatGatewayCreationTime: any account's gateway, so no account or region.</summary>
public sealed record SetNatGatewayCreationTimeCommand(string NatGatewayId, DateTimeOffset CreationTime);
