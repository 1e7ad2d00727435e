using OpenEip.Core.Networks;

namespace OpenEip.Core.Ports;

public interface INetworkRecords
{
    Task InsertVpcAsync(Vpc vpc);

    Task UpdateVpcAsync(Vpc vpc);

    Task DeleteVpcAsync(string vpcId);

    Task<Vpc?> FindVpcAsync(string accountId, string vpcId);

    Task<Page<Vpc>> QueryVpcsAsync(NetworkQuery query);

    Task InsertVSwitchAsync(VSwitch vSwitch);

    /// <summary>Writes the name and description as given.</summary>
    Task UpdateVSwitchAsync(VSwitch vSwitch);

    Task DeleteVSwitchAsync(string vSwitchId);

    Task<VSwitch?> FindVSwitchAsync(string accountId, string vSwitchId);

    Task<Page<VSwitch>> QueryVSwitchesAsync(NetworkQuery query);

    Task<IReadOnlyList<VSwitch>> ListVSwitchesOfVpcAsync(string vpcId);
}
