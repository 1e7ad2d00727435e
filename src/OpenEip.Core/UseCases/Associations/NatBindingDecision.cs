using OpenEip.Core.Associations;

namespace OpenEip.Core.UseCases.Associations;

/// <summary>
/// What the NAT gateway rules decide: the binding, and whether it takes a private IP of the gateway's vSwitch
/// (R-NAT-3). Reserving that IP is a write, so the decision only says so; the binding's PrivateIpAddress is empty
/// until the IP is reserved.
/// </summary>
public sealed record NatBindingDecision(EipBinding Binding, bool ReservesVSwitchIp);
