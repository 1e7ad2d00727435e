namespace OpenEip.Server.Products.Ecs.Instances;

/// <summary>The EIP bound to the instance; empty until the association engine binds one.</summary>
public sealed record InstanceEipAddress(string AllocationId, string IpAddress, long Bandwidth, string InternetChargeType, bool IsSupportUnassociate);
