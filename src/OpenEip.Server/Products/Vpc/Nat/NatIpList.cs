namespace OpenEip.Server.Products.Vpc.Nat;

/// <summary>IpLists.IpList: the EIPs bound to the gateway and how its SNAT/DNAT entries use them.</summary>
public sealed record NatIpList(IReadOnlyList<NatIpItem> IpList);
