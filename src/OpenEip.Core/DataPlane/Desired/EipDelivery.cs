using System.Text.Json.Serialization;

namespace OpenEip.Core.DataPlane.Desired;

/// <summary>How packets for an EIP reach its target (the seed's modes, as the data plane sees them).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EipDelivery>))]
public enum EipDelivery
{
    /// <summary>1:1 NAT to <see cref="EipDesired.PrivateIp"/>: ECS instances, ENI private IPs in NAT mode, CLBs, HaVips, IP addresses.</summary>
    Nat,

    /// <summary>Routed, untranslated, to the ENI that holds the EIP as an address (BINDED: its private address stops carrying traffic).</summary>
    Binded,

    /// <summary>Routed, untranslated, to an ENI holding several EIPs (MULTI_BINDED: its private addresses keep working).</summary>
    MultiBinded,

    /// <summary>Held by a NAT gateway: its SNAT and DNAT entries say what passes.</summary>
    NatGateway,
}
