using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;

namespace OpenEip.Core.UseCases.Eips;

/// <summary>
/// The console's Recover list (R-LIFE-6): the caller's EIPs of a region released within the recovery window,
/// newest first, each marked when its address has since gone to another EIP
/// (recovery would fail with ReserveIpFail).
/// </summary>
public sealed class RecoverableEips(IStore store, RegionCatalogue regions, TimeProvider clock)
{
    public const int MaxListed = 200;

    public async Task<Result<IReadOnlyList<RecoverableEip>>> ExecuteAsync(RecoverableEipsQuery query, CancellationToken cancellationToken)
    {
        if (EipRegions.Check(regions, query.RegionId) is { } unknownRegion)
            return unknownRegion;
        var since = clock.GetUtcNow() - AllocateEip.RecoveryWindow;
        return await store.ReadAsync<Result<IReadOnlyList<RecoverableEip>>>(async session =>
        {
            var released = await session.Eips.ListReleasedSinceAsync(query.AccountId, query.RegionId, since, MaxListed);
            var items = new List<RecoverableEip>(released.Count);
            foreach (var eip in released)
            {
                // The same test recovery makes: the pool address still remembers this EIP as its last holder.
                var address = await session.Addresses.FindAsync(eip.IpAddress);
                var taken = address is null || address.HolderAllocationId is not null || address.LastAllocationId != eip.AllocationId;
                items.Add(new RecoverableEip(eip, taken));
            }

            return items;
        }, cancellationToken);
    }
}
