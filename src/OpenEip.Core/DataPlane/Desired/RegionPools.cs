namespace OpenEip.Core.DataPlane.Desired;

/// <summary>Every region's address pool, as configured (they are not in the store: each start adds them from configuration).</summary>
public sealed record RegionPools(IReadOnlyList<RegionPool> All);
