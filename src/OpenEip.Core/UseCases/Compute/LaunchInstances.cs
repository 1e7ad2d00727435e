using System.Security.Cryptography;
using OpenEip.Core.Compute;
using OpenEip.Core.Errors;
using OpenEip.Core.Identity;
using OpenEip.Core.Naming;
using OpenEip.Core.Networks;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;
using OpenEip.Core.UseCases.ResourceGroups;

namespace OpenEip.Core.UseCases.Compute;

/// <summary>
/// RunInstances (Amount instances, started: Pending, Starting, Running) and CreateInstance (one, left Stopped), each in
/// a vSwitch with its primary ENI, or on the classic network without one (R-ECS-1), with a fixed public IP when asked
/// for (R-ECS-4).
/// </summary>
public sealed class LaunchInstances(IStore store, RegionCatalogue regions, InstanceTypeCatalogue types, TimeProvider clock)
{
    public const int MaxAmount = 100;

    public Task<Result<IReadOnlyList<string>>> ExecuteAsync(LaunchCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        var region = regions.Find(command.RegionId);
        var invalid = region is null ? ApiErrors.InvalidRegionId(command.RegionId)
            : types.Find(command.InstanceType) is null ? ApiErrors.InstanceTypeNotFound(command.InstanceType)
            : command.Amount is < 1 or > MaxAmount ? ApiErrors.InvalidParameter("Amount", $"an integer from 1 to {MaxAmount} is expected.")
            : command.PrivateIpAddress is not null && command.Amount > 1 ? ApiErrors.InvalidParameter("PrivateIpAddress", "a fixed private IP needs Amount=1.")
            : TextRules.ValidateText("InstanceName", command.InstanceName, 128) ?? TextRules.ValidateText("Description", command.Description, 256);
        if (invalid is not null)
            return Task.FromResult(Result<IReadOnlyList<string>>.Fail(invalid));

        return store.WriteAsync<IReadOnlyList<string>>(idempotency, async session =>
        {
            VSwitch? vSwitch = null;
            if (!string.IsNullOrEmpty(command.VSwitchId))
            {
                vSwitch = await session.Networks.FindVSwitchAsync(command.AccountId, command.VSwitchId);
                if (vSwitch is null || vSwitch.RegionId != command.RegionId)
                    return ApiErrors.VSwitchNotFound(command.VSwitchId);
            }
            else if (command.ZoneId is not null && region!.Zones.All(z => z.ZoneId != command.ZoneId))
            {
                return ApiErrors.ZoneNotFound(command.ZoneId, command.RegionId);
            }

            var group = await ResourceGroupPlacement.ResolveAsync(session, command.AccountId, command.ResourceGroupId);
            if (!group.IsSuccess)
                return group.Error;
            var now = clock.GetUtcNow();
            var ids = new List<string>();
            for (var i = 0; i < command.Amount; i++)
            {
                var launched = await LaunchOneAsync(session, command, region!, vSwitch, group.Value, now);
                if (!launched.IsSuccess)
                    return launched.Error;
                ids.Add(launched.Value);
            }

            return ids;
        }, cancellationToken);
    }

    private async Task<Result<string>> LaunchOneAsync(IStoreSession session, LaunchCommand command, Region region, VSwitch? vSwitch, string resourceGroupId, DateTimeOffset now)
    {
        var instanceId = ResourceIds.New("i");
        var eniId = "";
        var classicIp = "";
        if (vSwitch is not null)
        {
            var eni = await NetworkInterfaces.CreateAsync(session, command.AccountId, vSwitch, command.SecurityGroupIds, "Primary", command.PrivateIpAddress, now, resourceGroupId);
            if (!eni.IsSuccess)
                return eni.Error;
            eniId = eni.Value.NetworkInterfaceId;
            await session.Compute.UpdateNetworkInterfaceAsync(eni.Value with { InstanceId = instanceId, Attached = true });
        }
        else
        {
            // R-ECS-1: without a vSwitch the instance is on the classic network, which cannot take an EIP.
            var bytes = RandomNumberGenerator.GetBytes(3);
            classicIp = $"10.{bytes[0]}.{bytes[1]}.{Math.Clamp((int)bytes[2], 2, 253)}";
        }

        var instance = new Instance
        {
            InstanceId = instanceId,
            AccountId = command.AccountId,
            RegionId = command.RegionId,
            ZoneId = vSwitch?.ZoneId ?? command.ZoneId ?? region.Zones[0].ZoneId,
            InstanceType = command.InstanceType,
            InstanceName = command.InstanceName ?? instanceId,
            Description = command.Description ?? "",
            HostName = command.HostName ?? instanceId,
            ImageId = command.ImageId ?? "",
            NetworkType = vSwitch is null ? "classic" : "vpc",
            VpcId = vSwitch?.VpcId ?? "",
            VSwitchId = vSwitch?.VSwitchId ?? "",
            PrimaryNetworkInterfaceId = eniId,
            ClassicInnerIpAddress = classicIp,
            ResourceGroupId = resourceGroupId,
            Transition = command.Start ? PowerTransition.Launch : PowerTransition.Create,
            TransitionStarted = now,
            CreationTime = now,
        };
        await session.Compute.InsertInstanceAsync(instance);
        if (command.InternetMaxBandwidthOut > 0)
        {
            var publicIp = await AssignPublicIpAsync(session, instance);
            if (!publicIp.IsSuccess)
                return publicIp.Error;
        }

        return instanceId;
    }

    /// <summary>The fixed public IP of a new instance: no rule to check, a new instance has neither an EIP nor a public IP yet.</summary>
    private static async Task<Result<string>> AssignPublicIpAsync(IStoreSession session, Instance instance)
    {
        var address = await session.Addresses.FindFreeAsync(instance.RegionId);
        if (address is null)
            return ApiErrors.PoolExhausted(instance.RegionId);
        await session.Addresses.HoldAsync(address.IpAddress, instance.InstanceId, instance.AccountId);
        await session.Compute.UpdateInstanceAsync(instance with { PublicIpAddress = address.IpAddress });
        return address.IpAddress;
    }
}
