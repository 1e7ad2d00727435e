namespace OpenEip.Core.Pools;

/// <summary>
/// How much of one region's address pool is in use: every address is either held by an EIP or free. Of the
/// free ones, <paramref name="Recoverable"/> were released inside the recovery window, so their last owner
/// may still take them back (R-LIFE-6); they are handed out to others only once no other address is free.
/// </summary>
public sealed record PoolUse(string RegionId, int Total, int Held, int Recoverable)
{
    public int Free => Total - Held;
}
