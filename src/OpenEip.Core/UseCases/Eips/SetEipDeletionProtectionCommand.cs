namespace OpenEip.Core.UseCases.Eips;

/// <summary>DeletionProtection with Type=EIP: InstanceId is the EIP's allocation id; ProtectionEnable turns it on or off.</summary>
public sealed record SetEipDeletionProtectionCommand(string AccountId, string AllocationId, string? RegionId, bool Enabled);
