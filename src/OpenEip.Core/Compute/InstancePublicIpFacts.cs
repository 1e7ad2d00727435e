using OpenEip.Core.Eips;

namespace OpenEip.Core.Compute;

/// <summary>
/// What AllocatePublicIpAddress decides on, read in its transaction: the EIP bound to the instance, if any (R-ECS-4),
/// and a free address of the region's pool, null when the pool is exhausted.
/// </summary>
public sealed record InstancePublicIpFacts(Eip? EipOnInstance, string? FreeAddress);
