namespace OpenEip.Core.UseCases.HaVips;

/// <summary>AssociateHaVip's parameters: InstanceType is EcsInstance or NetworkInterface.</summary>
public sealed record AssociateHaVipCommand(string AccountId, string RegionId, string HaVipId, string InstanceId, string InstanceType);
