namespace OpenEip.Core.UseCases.HaVips;

/// <summary>The operator's SetHaVipMaster: any account's HaVip and the member that becomes its master.</summary>
public sealed record SetHaVipMasterCommand(string HaVipId, string InstanceId);
