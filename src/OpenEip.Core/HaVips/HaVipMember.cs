namespace OpenEip.Core.HaVips;

/// <summary>An ECS instance ("EcsInstance") or ENI ("NetworkInterface") that may hold the HaVip.</summary>
public sealed record HaVipMember(string InstanceId, string InstanceType);
