using OpenEip.Core.DataPlane.Desired;

namespace OpenEip.Core.Ports;

/// <summary>The data plane's query: what it should carry, across every account.</summary>
public interface IDesiredStateRecords
{
    /// <summary>
    /// With ids: those EIPs as they are now (one that lost its binding, or was released, comes back
    /// unbinding, so that the data plane removes it). Without: every EIP with a binding.
    /// </summary>
    Task<IReadOnlyList<EipDesired>> ListEipsAsync(IReadOnlyCollection<string>? allocationIds);

    /// <summary>Every VPC with its vSwitches, hosts, security groups, NAT gateways and HaVips.</summary>
    Task<IReadOnlyList<VpcDesired>> ListVpcsAsync();
}
