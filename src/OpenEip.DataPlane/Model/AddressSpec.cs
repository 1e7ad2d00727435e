namespace OpenEip.DataPlane.Model;

/// <param name="Cidr">The address with its prefix length, e.g. <c>10.0.1.5/24</c> or <c>203.0.113.20/32</c>.</param>
/// <param name="Announce">Whether its arrival is announced by gratuitous ARP (an EIP or a HaVip address that may have moved).</param>
internal sealed record AddressSpec(string Device, string Cidr, bool Announce = false)
{
    public string Address => Cidr[..Cidr.IndexOf('/', StringComparison.Ordinal)];
}
