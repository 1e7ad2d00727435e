using OpenEip.Core.Eips;
using OpenEip.Core.Nat;

namespace OpenEip.Core.UseCases.Associations;

/// <summary>
/// What the NAT gateway binding rules decide on, read in the binding's transaction: the gateway, its status at
/// the time of the call (it is Creating for a while after creation, R-NAT-4), and the EIPs already on it (R-NAT-2).
/// </summary>
public sealed record NatBindingFacts(NatGateway? Gateway, string GatewayStatus, IReadOnlyList<Eip> EipsOnGateway)
{
    public static readonly NatBindingFacts NotFound = new(null, "", []);
}
