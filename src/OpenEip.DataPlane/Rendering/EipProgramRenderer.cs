using System.Globalization;
using OpenEip.Core.Associations;
using OpenEip.Core.DataPlane.Desired;
using OpenEip.DataPlane.Model;

namespace OpenEip.DataPlane.Rendering;

/// <summary>
/// An EIP's program, or null while it cannot carry traffic (unbinding, or its VPC router, host, HaVip, CLB
/// or NAT gateway is not built). Every delivery puts the EIP in its router's <c>eips</c> (the egress guard
/// lets it out) and its VPC's mark in the gateway's <c>eip_vpc</c> (the gateway sends it in).
/// NAT (ECS, ENI, CLB, HaVip, IP address): 1:1 <c>eip2priv</c>/<c>priv2eip</c>. BINDED, MULTI_BINDED: routed
/// untranslated to the bridge of the interface that holds it, guarded by that interface's groups; BINDED
/// also turns the interface's private addresses off. NAT gateway: nothing more, its SNAT and DNAT entries
/// say what passes.
/// </summary>
internal static class EipProgramRenderer
{
    public static EipProgram? Render(EipDesired eip, NetworkIndex index)
    {
        if (eip.Unbinding || Ip.Address(eip.IpAddress) is not { } address || !index.Vpcs.TryGetValue(eip.VpcId, out var vpc) || vpc.Region != eip.RegionId)
            return null;
        var router = vpc.Router;
        var facts = new List<ProgramFact>
        {
            new ElementFact(vpc.Gateway, NftSkeletons.IpTable, NftSkeletons.EipVpc, new NftElement(address, vpc.Mark.ToString(CultureInfo.InvariantCulture))),
            new ElementFact(router, NftSkeletons.IpTable, NftSkeletons.Eips, new NftElement(address)),
        };
        InterfaceContext? holder = null;
        switch (eip.Delivery)
        {
            case EipDelivery.Nat:
                if (Ip.Address(eip.PrivateIp) is not { } privateIp || !NatTargetBuilt(eip, privateIp, vpc, index))
                    return null;
                facts.Add(new ElementFact(router, NftSkeletons.IpTable, NftSkeletons.EipToPrivate, new NftElement(address, privateIp)));
                facts.Add(new ElementFact(router, NftSkeletons.IpTable, NftSkeletons.PrivateToEip, new NftElement(privateIp, address)));
                facts.Add(new FlowFact(router, $"--orig-dst {address} --reply-src {privateIp}"));
                facts.Add(new FlowFact(router, $"--orig-src {privateIp} --reply-dst {address}"));
                break;
            case EipDelivery.Binded or EipDelivery.MultiBinded:
                if (!index.Interfaces.TryGetValue(eip.NetworkInterfaceId, out holder) || holder.Vpc != vpc)
                    return null;
                Routed(facts, router, address, holder, eip.Delivery == EipDelivery.Binded);
                break;
            case EipDelivery.NatGateway:
                if (!vpc.NatGateways.Contains(eip.TargetId))
                    return null;
                facts.Add(new FlowFact(router, $"--orig-dst {address}"));
                facts.Add(new FlowFact(router, $"--reply-dst {address}"));
                break;
            default:
                return null;
        }

        return new EipProgram(eip.AllocationId, eip.Generation, eip.Delivery, address, facts) { Interface = holder };
    }

    private static void Routed(List<ProgramFact> facts, string router, string address, InterfaceContext holder, bool binded)
    {
        facts.Add(new ElementFact(router, NftSkeletons.IpTable, NftSkeletons.Routed, new NftElement(address)));
        facts.Add(new RouteFact(router, new RouteSpec(address + "/32", Device: holder.VSwitch.Bridge)));
        if (holder.Vpc.Security.ComboByInterface.TryGetValue(holder.Id, out var combo))
        {
            facts.Add(new ElementFact(router, NftSkeletons.IpTable, SecurityGroupRenderer.InMap, new NftElement(address, "jump " + combo.InChain)));
            if (combo.OutChain is not null)
                facts.Add(new ElementFact(router, NftSkeletons.IpTable, SecurityGroupRenderer.OutMap, new NftElement(address, "jump " + combo.OutChain)));
        }

        if (binded)
        {
            foreach (var privateIp in holder.PrivateIps)
                facts.Add(new ElementFact(router, NftSkeletons.BridgeTable, NftSkeletons.PrivateDisabled, new NftElement(privateIp)));
        }

        facts.Add(new FlowFact(router, $"--orig-dst {address}"));
        facts.Add(new FlowFact(router, $"--orig-src {address}"));
    }

    /// <summary>Whether what the EIP translates to exists: the ENI's host (holding the address), the CLB's host, the HaVip; an IP address needs only its VPC.</summary>
    private static bool NatTargetBuilt(EipDesired eip, string privateIp, VpcContext vpc, NetworkIndex index)
    {
        if (eip.NetworkInterfaceId.Length > 0)
            return index.Interfaces.TryGetValue(eip.NetworkInterfaceId, out var iface) && iface.Vpc == vpc && iface.PrivateIps.Contains(privateIp);
        return eip.TargetType switch
        {
            BindingTargetTypes.SlbInstance => index.Hosts.TryGetValue(eip.TargetId, out var host) && host.Vpc == vpc,
            BindingTargetTypes.HaVip => vpc.HaVips.ContainsKey(eip.TargetId),
            _ => true,
        };
    }
}
