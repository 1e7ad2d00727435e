namespace OpenEip.Core.UseCases.HaVips;

public sealed record UnassociateHaVipCommand(string AccountId, string RegionId, string HaVipId, string InstanceId);
