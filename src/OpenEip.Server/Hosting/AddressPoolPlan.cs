using System.Net;
using System.Net.Sockets;
using OpenEip.Core.Pools;
using OpenEip.Core.Regions;

namespace OpenEip.Server.Hosting;

/// <summary>
/// Turns the configured (or default) CIDR ranges of each region into the addresses to hand out:
/// IPv4 only, without a subnet's network and broadcast addresses.
/// </summary>
public static class AddressPoolPlan
{
    /// <summary>A /16 per range at most: larger ranges are almost certainly a typo, and would slow start-up.</summary>
    public const int MaxAddressesPerRange = 65536;

    public static IReadOnlyList<string> AddressesOf(string cidr) => RangeOf(cidr).Addresses().ToList();

    public static AddressRange RangeOf(string cidr)
    {
        if (!IPNetwork2.TryParse(cidr, out var network) || network.AddressFamily != AddressFamily.InterNetwork || !cidr.Contains('/', StringComparison.Ordinal))
            throw new InvalidOperationException($"OpenEip:AddressPools: \"{cidr}\" is not an IPv4 CIDR range such as 203.0.113.0/24.");
        if (network.Total > MaxAddressesPerRange)
            throw new InvalidOperationException($"OpenEip:AddressPools: \"{cidr}\" has more than {MaxAddressesPerRange} addresses; split it into /16 ranges or smaller.");

        var first = ToNumber(network.Network);
        var last = ToNumber(network.Broadcast ?? network.Network);
        // Point-to-point and single-host ranges (/31, /32) have no network or broadcast address to skip.
        if (network.Cidr < 31)
        {
            first++;
            last--;
        }

        return new AddressRange(first, last);
    }

    public static IReadOnlyList<string> RangesFor(Region region, IReadOnlyDictionary<string, List<string>> configured) =>
        configured.TryGetValue(region.RegionId, out var ranges) && ranges.Count > 0 ? ranges : [region.DefaultAddressPool];

    private static uint ToNumber(IPAddress address)
    {
        var b = address.GetAddressBytes();
        return ((uint)b[0] << 24) | ((uint)b[1] << 16) | ((uint)b[2] << 8) | b[3];
    }
}
