namespace OpenEip.Core.UseCases.Nat;

/// <summary>DeletionProtection with Type=NATGW.</summary>
public sealed record SetNatGatewayDeletionProtectionCommand(string AccountId, string RegionId, string NatGatewayId, bool Enabled);
