using OpenEip.DataPlane.Model;
using OpenEip.DataPlane.Naming;

namespace OpenEip.DataPlane.Rendering;

/// <summary>
/// The internet side: one link per region gateway, the regions' pools routed to it, and the client address
/// on loopback as the source of those routes (so a client there is seen as 198.51.100.10, not a transit address).
/// </summary>
internal static class InternetRenderer
{
    public static NamespaceModel Render(NetworkIndex index)
    {
        var ns = new NamespaceModel(NamespaceNames.Internet, NamespaceRole.Internet);
        ns.Addresses.TryAdd(new AddressSpec("lo", Transit.InternetClient + "/32"));
        foreach (var region in index.Regions)
        {
            var link = index.RegionLinks[region];
            ns.Links.TryAdd(new LinkSpec(link, LinkKind.Veth, PeerName: LinkNames.Uplink, PeerNamespace: NamespaceNames.Gateway(region)));
            ns.Devices.TryAdd(new DeviceSpec(link));
            ns.Addresses.TryAdd(new AddressSpec(link, Transit.InternetSide + "/32"));
            foreach (var pool in index.Pools.GetValueOrDefault(region) ?? [])
                ns.Routes.TryAdd(new RouteSpec(pool, Via: Transit.GatewayUp, Device: link, Onlink: true, Source: Transit.InternetClient));
        }

        return ns;
    }
}
