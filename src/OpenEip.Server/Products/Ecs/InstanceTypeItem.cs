namespace OpenEip.Server.Products.Ecs;

/// <summary>An instance type as the ECS SDK model reports it (MemorySize in GiB).</summary>
public sealed record InstanceTypeItem(
    string InstanceTypeId,
    string InstanceTypeFamily,
    string InstanceFamilyLevel,
    int CpuCoreCount,
    float MemorySize,
    int EniQuantity,
    int EniTotalQuantity,
    int EniPrivateIpAddressQuantity,
    int EniIpv6AddressQuantity);
