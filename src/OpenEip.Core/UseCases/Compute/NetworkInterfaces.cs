using System.Security.Cryptography;
using OpenEip.Core.Compute;
using OpenEip.Core.Errors;
using OpenEip.Core.Identity;
using OpenEip.Core.Networks;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Compute;

/// <summary>
/// The writes creating an ENI and giving it private IPs need, shared by instance launch (primary ENIs),
/// CreateNetworkInterface and AssignPrivateIpAddresses. The rules are the ENI's own (NetworkInterface.Transitions.cs);
/// these only allocate and insert once they have passed.
/// </summary>
public static class NetworkInterfaces
{
    public const string OwnerType = "NetworkInterface";

    public static async Task<Result<NetworkInterface>> CreateAsync(
        IStoreSession session, string accountId, VSwitch vSwitch, IReadOnlyList<string> securityGroupIds, string type,
        string? primaryIp, DateTimeOffset now, string resourceGroupId, string? name = null, string? description = null)
    {
        var groups = await NetworkInterfaceLookup.SecurityGroupsAsync(session, accountId, securityGroupIds);
        if (NetworkInterface.CheckSecurityGroups(vSwitch.RegionId, vSwitch.VpcId, securityGroupIds, groups) is { } badGroup)
            return badGroup;

        var eniId = ResourceIds.New("eni");
        var address = await PrivateIpAllocator.AllocateAsync(session, vSwitch, primaryIp, "PrimaryIpAddress", OwnerType, eniId);
        if (!address.IsSuccess)
            return address.Error;
        var eni = new NetworkInterface
        {
            NetworkInterfaceId = eniId,
            AccountId = accountId,
            RegionId = vSwitch.RegionId,
            ZoneId = vSwitch.ZoneId,
            VpcId = vSwitch.VpcId,
            VSwitchId = vSwitch.VSwitchId,
            Type = type,
            PrimaryIpAddress = address.Value,
            MacAddress = NewMacAddress(),
            SecurityGroupIds = securityGroupIds.Distinct().ToList(),
            NetworkInterfaceName = name ?? "",
            Description = description ?? "",
            ResourceGroupId = resourceGroupId,
            AttachmentChanged = now,
            CreationTime = now,
        };
        await session.Compute.InsertNetworkInterfaceAsync(eni);
        return eni;
    }

    /// <summary>
    /// Gives an ENI private IPs of its vSwitch: the ones asked for, or <paramref name="count"/> free ones. The limit
    /// (R-ENI-4) is checked before, by <see cref="NetworkInterface.CheckAssign"/>.
    /// </summary>
    public static async Task<Result<IReadOnlyList<string>>> AddPrivateIpsAsync(IStoreSession session, NetworkInterface eni, IReadOnlyList<string> addresses, int count)
    {
        var adding = addresses.Count > 0 ? addresses.Count : count;
        var vSwitch = (await session.Networks.FindVSwitchAsync(eni.AccountId, eni.VSwitchId))!;
        var assigned = new List<string>();
        for (var i = 0; i < adding; i++)
        {
            var address = await PrivateIpAllocator.AllocateAsync(session, vSwitch, addresses.Count > 0 ? addresses[i] : null, $"PrivateIpAddress.{i + 1}", OwnerType, eni.NetworkInterfaceId);
            if (!address.IsSuccess)
                return address.Error;
            assigned.Add(address.Value);
        }

        return assigned;
    }

    private static string NewMacAddress()
    {
        var bytes = RandomNumberGenerator.GetBytes(3);
        return $"00:16:3e:{bytes[0]:x2}:{bytes[1]:x2}:{bytes[2]:x2}";
    }
}
