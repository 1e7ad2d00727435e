using OpenEip.Core.Eips;

namespace OpenEip.Core.Ports;

public interface IEipRecords
{
    /// <summary>The caller's EIP that has not been released, or null.</summary>
    Task<Eip?> FindAsync(string accountId, string allocationId);

    /// <summary>The caller's released EIP with this id, or null.</summary>
    Task<Eip?> FindReleasedAsync(string accountId, string allocationId);

    /// <summary>The caller's most recently released EIP on this address, or null.</summary>
    Task<Eip?> FindLatestReleasedByAddressAsync(string accountId, string ipAddress);

    Task<EipPage> QueryAsync(EipQuery query);

    Task<int> CountActiveAsync(string accountId, string regionId, string instanceChargeType);

    Task InsertAsync(Eip eip);

    Task UpdateAsync(Eip eip);
}
