namespace OpenEip.Core.UseCases.HaVips;

/// <summary>ModifyHaVipAttribute's parameters: Name and Description, each left as it is when null.</summary>
public sealed record ModifyHaVipCommand(string AccountId, string RegionId, string HaVipId, string? Name, string? Description);
