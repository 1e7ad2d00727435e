namespace OpenEip.Core.UseCases.Networks;

/// <summary>ModifyVSwitchAttribute's parameters: VSwitchName and Description (null: left as they are).</summary>
public sealed record ModifyVSwitchCommand(string AccountId, string VSwitchId, string? RegionId, string? VSwitchName, string? Description);
