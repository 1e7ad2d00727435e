using OpenEip.Core.Eips;
using OpenEip.Core.Networks;

namespace OpenEip.Core.UseCases.Associations;

/// <summary>
/// What the IpAddress binding rules decide on, read in the binding's transaction: the VPC asked for, who holds the
/// address in the vSwitch whose block contains it (an ENI, or a NAT gateway, HaVip or load balancer), the EIPs on
/// that holder when it is an ENI (the EIP being bound may be among them), and another EIP already bound to the
/// address of that VPC as an IP address.
/// </summary>
public sealed record IpAddressBindingFacts(
    Vpc? Vpc,
    PrivateIpUse? Holder,
    IReadOnlyList<Eip> EipsOnHolder,
    Eip? EipBoundToAddress)
{
    public static readonly IpAddressBindingFacts NotFound = new(null, null, [], null);
}
