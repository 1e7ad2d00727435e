namespace OpenEip.Core.Pools;

/// <summary>
/// One public address of a region's pool. It remembers who held it last and when it was released,
/// so that its owner can recover it (R-LIFE-6).
/// </summary>
public sealed record PoolAddress(
    string IpAddress,
    string RegionId,
    string? HolderAllocationId,
    string? LastAccountId,
    string? LastAllocationId,
    DateTimeOffset? ReleasedTime);
