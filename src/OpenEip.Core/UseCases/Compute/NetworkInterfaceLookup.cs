using OpenEip.Core.Compute;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Compute;

/// <summary>Reads the ENI use cases share, inside their transaction.</summary>
public static class NetworkInterfaceLookup
{
    /// <summary>The caller's ENI in the region named; another account's, or one in another region, is "not found" alike.</summary>
    public static async Task<Result<NetworkInterface>> FindAsync(IStoreSession session, string accountId, string regionId, string networkInterfaceId)
    {
        var eni = await session.Compute.FindNetworkInterfaceAsync(accountId, networkInterfaceId);
        return eni is null || eni.RegionId != regionId ? ApiErrors.NetworkInterfaceNotFound(networkInterfaceId) : eni;
    }

    /// <summary>
    /// The caller's security groups among the ids asked for, keyed by the id asked for, for
    /// <see cref="NetworkInterface.CheckSecurityGroups"/>; an id of no group of the caller's is left out.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, SecurityGroup>> SecurityGroupsAsync(IStoreSession session, string accountId, IReadOnlyList<string> securityGroupIds)
    {
        var found = new Dictionary<string, SecurityGroup>(StringComparer.Ordinal);
        foreach (var groupId in securityGroupIds.Distinct())
        {
            if (await session.Compute.FindSecurityGroupAsync(accountId, groupId) is { } group)
                found[groupId] = group;
        }

        return found;
    }

    /// <summary>The private IPs the ENI holds, its primary one included.</summary>
    public static Task<IReadOnlyList<string>> HeldPrivateIpsAsync(IStoreSession session, string networkInterfaceId) =>
        session.PrivateIps.ListOwnedAsync(NetworkInterfaces.OwnerType, networkInterfaceId);

    /// <summary>
    /// The ENI as DescribeNetworkInterfaces and DescribeInstances report it at <paramref name="now"/>: its derived
    /// status and instance, its private IPs (primary first), the EIPs on it. Tags are left to the caller.
    /// </summary>
    public static async Task<DescribedNetworkInterface> DescribeAsync(IStoreSession session, NetworkInterface eni, DateTimeOffset now, ComputeTimings timings)
    {
        var held = await HeldPrivateIpsAsync(session, eni.NetworkInterfaceId);
        var addresses = held.Where(a => a == eni.PrimaryIpAddress).Concat(held.Where(a => a != eni.PrimaryIpAddress)).ToList();
        var eips = await session.Eips.ListOnNetworkInterfacesAsync([eni.NetworkInterfaceId]);
        return new DescribedNetworkInterface(eni, eni.StatusAt(now, timings), eni.VisibleInstanceIdAt(now, timings), addresses, eips);
    }
}
