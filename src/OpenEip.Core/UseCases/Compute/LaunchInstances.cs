using System.Security.Cryptography;
using OpenEip.Core.Associations;
using OpenEip.Core.Compute;
using OpenEip.Core.Eips;
using OpenEip.Core.Errors;
using OpenEip.Core.Identity;
using OpenEip.Core.Naming;
using OpenEip.Core.Networks;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;
using OpenEip.Core.UseCases.ResourceGroups;
using OpenEip.Core.Tags;
using OpenEip.Core.UseCases.Tags;

namespace OpenEip.Core.UseCases.Compute;

/// <summary>RunInstances, CreateInstance, Start/Stop/Reboot/DeleteInstance and AllocatePublicIpAddress.</summary>
public sealed class InstanceLifecycle(IStore store, RegionCatalogue regions, InstanceTypeCatalogue types, ComputeTimings timings, TimeProvider clock)
{
    public const int MaxAmount = 100;

    public Task<Result<IReadOnlyList<string>>> LaunchAsync(LaunchCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
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

    public Task<Result<Unit>> StartAsync(string accountId, string instanceId, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        Transition(accountId, instanceId, InstanceStatus.Stopped, "Stopped", PowerTransition.Start, idempotency, cancellationToken);

    public Task<Result<Unit>> StopAsync(string accountId, string instanceId, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        Transition(accountId, instanceId, InstanceStatus.Running, "Running", PowerTransition.Stop, idempotency, cancellationToken);

    public Task<Result<Unit>> RebootAsync(string accountId, string instanceId, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        Transition(accountId, instanceId, InstanceStatus.Running, "Running", PowerTransition.Reboot, idempotency, cancellationToken);

    /// <summary>Deletes a Stopped instance (or, with force, a Running one): its primary ENI and IPs go, secondary ENIs are detached.</summary>
    public Task<Result<Unit>> DeleteAsync(string accountId, string instanceId, bool force, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var instance = await session.Compute.FindInstanceAsync(accountId, instanceId);
            if (instance is null)
                return ApiErrors.InstanceNotFound(instanceId);
            var now = clock.GetUtcNow();
            var status = instance.StatusAt(now, timings);
            if (status != InstanceStatus.Stopped && !(force && status == InstanceStatus.Running))
                return ApiErrors.IncorrectInstanceStatus(instanceId, status, force ? "Stopped or Running" : "Stopped (or use Force)");
            var haVips = await session.HaVips.ListByMemberAsync(instanceId);
            if (haVips.Count > 0)
                return ApiErrors.DependencyViolation("DependencyViolation.HaVip", $"The instance {instanceId} is associated with the HaVips {string.Join(", ", haVips)}; unassociate it first.");
            var eips = (await session.Eips.ListBoundToAsync([instanceId]))
                .Concat(await session.Eips.ListOnNetworkInterfacesAsync([instance.PrimaryNetworkInterfaceId])).Select(e => e.AllocationId).Distinct().ToList();
            if (eips.Count > 0)
                return AssociationErrors.HasBoundEips(instanceId, eips);

            foreach (var eni in await session.Compute.ListNetworkInterfacesOfInstanceAsync(instanceId))
            {
                if (eni.IsPrimary)
                {
                    await session.PrivateIps.ReleaseOwnedAsync(NetworkInterfaces.OwnerType, eni.NetworkInterfaceId);
                    await TaggedResources.RemoveAllAsync(session, ResourceTypes.NetworkInterface, eni.NetworkInterfaceId);
                    await session.Compute.DeleteNetworkInterfaceAsync(eni.NetworkInterfaceId);
                }
                else
                {
                    await session.Compute.UpdateNetworkInterfaceAsync(eni with { InstanceId = "", Attached = false, AttachmentChanged = now });
                }
            }

            if (instance.PublicIpAddress.Length > 0)
                await session.Addresses.ReleaseAsync(instance.PublicIpAddress, now);
            await session.Compute.DeleteInstanceAsync(instanceId);
            return Unit.Value;
        }, cancellationToken);

    /// <summary>AllocatePublicIpAddress: the fixed public IP of R-ECS-4, from the region's pool.</summary>
    public Task<Result<string>> AllocatePublicIpAsync(string accountId, string instanceId, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<string>(idempotency, async session =>
        {
            var instance = await session.Compute.FindInstanceAsync(accountId, instanceId);
            if (instance is null)
                return ApiErrors.InstanceNotFound(instanceId);
            var status = instance.StatusAt(clock.GetUtcNow(), timings);
            if (status is not (InstanceStatus.Running or InstanceStatus.Stopped))
                return ApiErrors.IncorrectInstanceStatus(instanceId, status, "Running or Stopped");
            if (instance.PublicIpAddress.Length > 0)
                return new Error("InvalidOperation.PublicIpAllocated", $"The instance {instanceId} already has the public IP {instance.PublicIpAddress}.");
            var eip = (await session.Eips.ListBoundToAsync([instanceId])).FirstOrDefault();
            if (eip is not null)
                return new Error("InvalidStatus.InstanceHasBandWidth", $"The instance {instanceId} has the EIP {eip.IpAddress} ({eip.AllocationId}); an instance has either an EIP or a fixed public IP (R-ECS-4).");
            return await AssignPublicIpAsync(session, instance);
        }, cancellationToken);

    private static async Task<Result<string>> AssignPublicIpAsync(IStoreSession session, Instance instance)
    {
        var address = await session.Addresses.FindFreeAsync(instance.RegionId);
        if (address is null)
            return ApiErrors.PoolExhausted(instance.RegionId);
        await session.Addresses.HoldAsync(address.IpAddress, instance.InstanceId, instance.AccountId);
        await session.Compute.UpdateInstanceAsync(instance with { PublicIpAddress = address.IpAddress });
        return address.IpAddress;
    }

    private Task<Result<Unit>> Transition(string accountId, string instanceId, string required, string requiredText, PowerTransition next, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var instance = await session.Compute.FindInstanceAsync(accountId, instanceId);
            if (instance is null)
                return ApiErrors.InstanceNotFound(instanceId);
            var now = clock.GetUtcNow();
            var status = instance.StatusAt(now, timings);
            if (status != required)
                return ApiErrors.IncorrectInstanceStatus(instanceId, status, requiredText);
            await session.Compute.UpdateInstanceAsync(instance with { Transition = next, TransitionStarted = now });
            return Unit.Value;
        }, cancellationToken);
}
