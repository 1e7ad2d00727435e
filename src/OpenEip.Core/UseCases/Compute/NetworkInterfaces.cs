using System.Security.Cryptography;
using OpenEip.Core.Compute;
using OpenEip.Core.Errors;
using OpenEip.Core.Identity;
using OpenEip.Core.Networks;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Compute;

/// <summary>What creating an ENI needs, shared by instance launch (primary ENIs) and CreateNetworkInterface.</summary>
public static class NetworkInterfaces
{
    public const string OwnerType = "NetworkInterface";

    /// <summary>The most private IPs an ENI that is not attached may hold (attached ones follow the instance type).</summary>
    public const int MaxPrivateIpsWhenDetached = 50;

    public static async Task<Result<NetworkInterface>> CreateAsync(
        IStoreSession session, string accountId, VSwitch vSwitch, IReadOnlyList<string> securityGroupIds, string type,
        string? primaryIp, DateTimeOffset now, string resourceGroupId, string? name = null, string? description = null)
    {
        if (await ValidateGroupsAsync(session, accountId, vSwitch.RegionId, vSwitch.VpcId, securityGroupIds) is { } badGroup)
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

    /// <summary>The security groups of an ENI: at least one, each the caller's, in the region and in the ENI's VPC.</summary>
    public static async Task<Error?> ValidateGroupsAsync(IStoreSession session, string accountId, string regionId, string vpcId, IReadOnlyList<string> securityGroupIds)
    {
        if (securityGroupIds.Count == 0)
            return ApiErrors.MissingParameter("SecurityGroupId");
        foreach (var groupId in securityGroupIds.Distinct())
        {
            var group = await session.Compute.FindSecurityGroupAsync(accountId, groupId);
            if (group is null || group.RegionId != regionId)
                return ApiErrors.SecurityGroupNotFound(groupId);
            if (group.VpcId != vpcId)
                return new Error("InvalidSecurityGroupId.VPCMismatch", $"The security group {groupId} belongs to {group.VpcId}, not to the network interface's VPC {vpcId}.");
        }

        return null;
    }

    /// <summary>Adds private IPs to an ENI: the ones asked for, or <paramref name="count"/> free ones, within the limit.</summary>
    public static async Task<Result<IReadOnlyList<string>>> AssignAsync(IStoreSession session, NetworkInterface eni, IReadOnlyList<string> addresses, int count, int limit)
    {
        var held = await session.PrivateIps.ListOwnedAsync(OwnerType, eni.NetworkInterfaceId);
        var adding = addresses.Count > 0 ? addresses.Count : count;
        if (held.Count + adding > limit)
            return new Error("InvalidOperation.Ipv4CountExceeded", $"The network interface {eni.NetworkInterfaceId} would have {held.Count + adding} private IPs; at most {limit} are allowed here.");
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
