using OpenEip.Core.Networks;

namespace OpenEip.Core.Ports;

/// <summary>Private IPs in use per vSwitch. (vSwitch, address) is unique: an address is never handed out twice.</summary>
public interface IPrivateIpRecords
{
    /// <summary>The used addresses of a vSwitch, ascending, as numbers.</summary>
    Task<IReadOnlyList<uint>> ListUsedAsync(string vSwitchId);

    Task<int> CountUsedAsync(string vSwitchId);

    /// <summary>Some of the holders of a vSwitch's addresses, to name them in an error.</summary>
    Task<IReadOnlyList<PrivateIpUse>> ListUsesAsync(string vSwitchId, int limit);

    Task<PrivateIpUse?> FindAsync(string vSwitchId, string ipAddress);

    Task ReserveAsync(PrivateIpUse use);

    Task ReleaseAsync(string vSwitchId, string ipAddress);

    /// <summary>The addresses one owner holds in a vSwitch, ascending.</summary>
    Task<IReadOnlyList<string>> ListOwnedAsync(string ownerType, string ownerId);

    Task ReleaseOwnedAsync(string ownerType, string ownerId);
}
