namespace OpenEip.Core.UseCases.Networks;

public sealed record DeleteVSwitchCommand(string AccountId, string VSwitchId, string? RegionId);
