using OpenEip.Core.DataPlane.Desired;
using OpenEip.Core.Ports;

namespace OpenEip.Core.DataPlane;

/// <summary>Reads the data plane's desired state, of the scope asked for, on one consistent snapshot of the store.</summary>
public sealed class DesiredStateReader(IStore store, RegionPools pools)
{
    /// <param name="allocationIds">For <see cref="DesiredScope.Eips"/>: the EIPs to read.</param>
    public Task<DesiredState> ReadAsync(DesiredScope scope, IReadOnlyCollection<string>? allocationIds, CancellationToken cancellationToken) =>
        store.ReadAsync(async session => new DesiredState
        {
            Scope = scope,
            Pools = scope == DesiredScope.Eips ? [] : pools.All,
            Vpcs = scope == DesiredScope.Eips ? [] : await session.DesiredState.ListVpcsAsync(),
            Eips = scope switch
            {
                DesiredScope.Networks => [],
                DesiredScope.Eips => await session.DesiredState.ListEipsAsync(allocationIds ?? []),
                _ => await session.DesiredState.ListEipsAsync(null),
            },
        }, cancellationToken);
}
