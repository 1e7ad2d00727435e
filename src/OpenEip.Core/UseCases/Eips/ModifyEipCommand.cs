namespace OpenEip.Core.UseCases.Eips;

public sealed record ModifyEipCommand(string AccountId, string AllocationId, string? RegionId, int? Bandwidth, string? Name, string? Description);
