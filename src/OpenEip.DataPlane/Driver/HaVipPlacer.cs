using OpenEip.DataPlane.Model;
using OpenEip.DataPlane.Planning;
using OpenEip.DataPlane.Rendering;

namespace OpenEip.DataPlane.Driver;

/// <summary>
/// Puts a HaVip's address on the interface the API names master (R-HAVIP-5), with gratuitous ARP, when the
/// master changed since the driver last placed it, when it never placed it (a fresh start), or when the
/// master's host or link was just made anew. Otherwise it leaves the address alone: keepalived in the
/// members may have moved it, and whoever holds it gets the EIP's traffic. When the master changes, the
/// address leaves the previous master.
/// </summary>
internal static class HaVipPlacer
{
    public static Dictionary<string, HaVipPlacement> Place(NetworkIndex index, IReadOnlyDictionary<string, HaVipPlacement> placed, ModelDelta delta)
    {
        var result = new Dictionary<string, HaVipPlacement>(StringComparer.Ordinal);
        foreach (var haVip in index.Vpcs.Values.SelectMany(v => v.HaVips.Values))
        {
            var id = haVip.Desired.HaVipId;
            var previous = placed.GetValueOrDefault(id);
            if (haVip.Master is not { } master)
            {
                if (previous is not null)
                    result[id] = previous;
                continue;
            }

            var wanted = new HaVipPlacement(master.Id, haVip.Address, master.Host.Namespace, master.Device);
            result[id] = wanted;
            if (wanted == previous && delta.Find(wanted.Namespace) is not { Reasserted: true })
                continue;
            if (previous is not null && (previous.Namespace, previous.Device) != (wanted.Namespace, wanted.Device) && index.Hosts.ContainsKey(previous.Namespace))
                delta.For(previous.Namespace, NamespaceRole.Host).AddressesRemoved.Add(new AddressSpec(previous.Device, previous.Address + "/32"));
            var address = new AddressSpec(wanted.Device, wanted.Address + "/32", Announce: true);
            var target = delta.For(wanted.Namespace, NamespaceRole.Host);
            target.AddressesAdded.Add(address);
            target.Announce.Add(address);
        }

        return result;
    }
}
