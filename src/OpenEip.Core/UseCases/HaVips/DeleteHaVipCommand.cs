namespace OpenEip.Core.UseCases.HaVips;

public sealed record DeleteHaVipCommand(string AccountId, string RegionId, string HaVipId);
