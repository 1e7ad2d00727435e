namespace OpenEip.Server.Products.Vpc.Nat;

/// <summary>IpLists.IpList: the EIPs bound to the gateway (filled by the association engine).</summary>
public sealed record NatIpList(IReadOnlyList<NatIpItem> IpList);
