using OpenEip.Core.Pools;

namespace OpenEip.Core.Ports;

public interface IAddressRecords
{
    /// <summary>Adds the addresses a region's pool is configured with; known ones keep their history.</summary>
    Task<int> AddToPoolAsync(string regionId, IEnumerable<string> ipAddresses);

    /// <summary>
    /// Adds a configured range to a region's pool in one statement; known addresses keep their history. A range
    /// already whole in the pool (every start after the first) costs one count on the address-number index.
    /// </summary>
    Task<int> AddRangeToPoolAsync(string regionId, AddressRange range);

    /// <summary>
    /// A free address of the region: never-used ones first, then the longest-released, so that a
    /// still-recoverable address is handed out only when nothing else is free. Null when exhausted.
    /// </summary>
    Task<PoolAddress?> FindFreeAsync(string regionId);

    Task<PoolAddress?> FindAsync(string ipAddress);

    /// <summary>Marks the address held by an EIP. Fails (a constraint) if another EIP holds it.</summary>
    Task HoldAsync(string ipAddress, string allocationId, string accountId);

    Task ReleaseAsync(string ipAddress, DateTimeOffset releasedTime);
}
