namespace OpenEip.Core.Compute;

/// <summary>
/// An ECS instance type: <see cref="EniQuantity"/> ENIs at most (the primary one included) and
/// <see cref="EniPrivateIpAddressQuantity"/> private IPv4 addresses per ENI (its primary one included), R-ENI-4.
/// </summary>
public sealed record InstanceType(
    string InstanceTypeId,
    string Family,
    string FamilyLevel,
    int CpuCoreCount,
    int MemorySize,
    int EniQuantity,
    int EniPrivateIpAddressQuantity)
{
    public int SecondaryEniQuantity => EniQuantity - 1;
}
