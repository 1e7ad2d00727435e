using OpenEip.Core.Nat;

namespace OpenEip.Core.DataPlane.Desired;

/// <summary>An internet NAT gateway: its EIPs (see <see cref="EipDelivery.NatGateway"/>), SNAT entries and DNAT (forward) entries.</summary>
public sealed record NatGatewayDesired(string NatGatewayId, string VSwitchId, IReadOnlyList<SnatEntry> SnatEntries, IReadOnlyList<ForwardEntry> ForwardEntries);
