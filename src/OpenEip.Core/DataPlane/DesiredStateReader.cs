using OpenEip.Core.DataPlane.Desired;
using OpenEip.Core.Ports;

namespace OpenEip.Core.DataPlane;

/// <summary>Reads the data plane's desired state, of the scope asked for, on one consistent snapshot of the store.</summary>
public sealed class DesiredStateReader(IStore store, RegionPools pools)
{
    /// <param name="allocationIds">For <see cref="DesiredScope.Eips"/>: the EIPs to read.</param>
    /// <param name="regions">Only these regions (an agent owning some), or all.</param>
    public Task<DesiredState> ReadAsync(DesiredScope scope, IReadOnlyCollection<string>? allocationIds, IReadOnlySet<string>? regions, CancellationToken cancellationToken) =>
        store.ReadAsync(async session =>
        {
            var eips = scope switch
            {
                DesiredScope.Networks => [],
                DesiredScope.Eips => await session.DesiredState.ListEipsAsync(allocationIds ?? []),
                _ => await session.DesiredState.ListEipsAsync(null),
            };
            var vpcs = scope == DesiredScope.Eips ? [] : await session.DesiredState.ListVpcsAsync();
            return new DesiredState
            {
                Scope = scope,
                Pools = scope == DesiredScope.Eips ? [] : pools.All.Where(p => regions is null || regions.Contains(p.RegionId)).ToList(),
                Vpcs = vpcs.Where(v => regions is null || regions.Contains(v.RegionId)).ToList(),
                Eips = eips.Where(e => regions is null || regions.Contains(e.RegionId)).ToList(),
            };
        }, cancellationToken);
}
