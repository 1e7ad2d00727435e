namespace OpenEip.Core.UseCases.Associations;

/// <summary>ModifyEipForwardMode's parameters (InstanceId is the EIP's allocation id).</summary>
public sealed record ModifyEipForwardModeCommand(string AccountId, string AllocationId, string? RegionId, string Mode);
