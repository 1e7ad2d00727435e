namespace OpenEip.Core.UseCases.Eips;

/// <summary>SetHighDefinitionMonitorLogStatus's parameters; a null part is left as it is.</summary>
public sealed record SetHighDefinitionMonitorCommand(string AccountId, string RegionId, string AllocationId, string? Status, string? LogProject, string? LogStore);
