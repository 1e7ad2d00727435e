namespace OpenEip.Core.UseCases.Eips;

/// <summary>ReleaseEipAddress's parameters. RegionId is optional: the SDK sends none unless it is set.</summary>
public sealed record ReleaseEipCommand(string AccountId, string AllocationId, string? RegionId);
