using OpenEip.Core.Associations;
using OpenEip.Core.Compute;
using OpenEip.Core.Eips;
using OpenEip.Core.Errors;
using OpenEip.Core.Naming;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.ResourceGroups;
using OpenEip.Core.Tags;
using OpenEip.Core.UseCases.Tags;

namespace OpenEip.Core.UseCases.Compute;

/// <summary>
/// Create/Modify/Attach/Detach/DeleteNetworkInterface and Assign/UnassignPrivateIpAddresses, with the limits of
/// the instance type (R-ENI-4): secondary ENIs per instance, private IPs per ENI.
/// </summary>
public sealed class NetworkInterfaceLifecycle(IStore store, InstanceTypeCatalogue types, ComputeTimings timings, TimeProvider clock)
{
    public Task<Result<string>> CreateAsync(CreateNetworkInterfaceCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        var invalid = TextRules.ValidateText("NetworkInterfaceName", command.NetworkInterfaceName, 128)
            ?? TextRules.ValidateText("Description", command.Description, 256)
            ?? TagRules.Validate(command.Tags, "Tag");
        if (invalid is not null)
            return Task.FromResult(Result<string>.Fail(invalid));
        return store.WriteAsync<string>(idempotency, async session =>
        {
            var vSwitch = await session.Networks.FindVSwitchAsync(command.AccountId, command.VSwitchId);
            if (vSwitch is null || vSwitch.RegionId != command.RegionId)
                return ApiErrors.VSwitchNotFound(command.VSwitchId);
            var group = await ResourceGroupPlacement.ResolveAsync(session, command.AccountId, command.ResourceGroupId);
            if (!group.IsSuccess)
                return group.Error;
            var eni = await NetworkInterfaces.CreateAsync(session, command.AccountId, vSwitch, command.SecurityGroupIds, "Secondary",
                command.PrimaryIpAddress, clock.GetUtcNow(), group.Value, command.NetworkInterfaceName, command.Description);
            if (!eni.IsSuccess)
                return eni.Error;
            if (command.PrivateIpAddresses.Count > 0 || command.SecondaryPrivateIpAddressCount > 0)
            {
                var assigned = await NetworkInterfaces.AssignAsync(session, eni.Value, command.PrivateIpAddresses, command.SecondaryPrivateIpAddressCount, NetworkInterfaces.MaxPrivateIpsWhenDetached);
                if (!assigned.IsSuccess)
                    return assigned.Error;
            }

            await TaggedResources.SetAsync(session, command.AccountId, ResourceTypes.NetworkInterface, eni.Value.NetworkInterfaceId, command.Tags);
            return eni.Value.NetworkInterfaceId;
        }, cancellationToken);
    }

    /// <summary>
    /// ModifyNetworkInterfaceAttribute: NetworkInterfaceName, Description and the security groups (the
    /// whole set, replacing the ENI's; each in the ENI's VPC). Primary ENIs too, as on Alibaba.
    /// </summary>
    public Task<Result<Unit>> ModifyAsync(ModifyNetworkInterfaceCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        var invalid = TextRules.ValidateText("NetworkInterfaceName", command.NetworkInterfaceName, 128)
            ?? TextRules.ValidateText("Description", command.Description, 256);
        if (invalid is not null)
            return Task.FromResult(Result<Unit>.Fail(invalid));
        return store.WriteAsync<Unit>(idempotency, async session =>
        {
            var eni = await FindAsync(session, command.AccountId, command.RegionId, command.NetworkInterfaceId);
            if (!eni.IsSuccess)
                return eni.Error;
            if (command.SecurityGroupIds is { } groups
                && await NetworkInterfaces.ValidateGroupsAsync(session, command.AccountId, eni.Value.RegionId, eni.Value.VpcId, groups) is { } badGroup)
                return badGroup;
            await session.Compute.UpdateNetworkInterfaceAsync(eni.Value with
            {
                NetworkInterfaceName = command.NetworkInterfaceName ?? eni.Value.NetworkInterfaceName,
                Description = command.Description ?? eni.Value.Description,
                SecurityGroupIds = command.SecurityGroupIds?.Distinct().ToList() ?? eni.Value.SecurityGroupIds,
            });
            return Unit.Value;
        }, cancellationToken);
    }

    public Task<Result<Unit>> AttachAsync(string accountId, string regionId, string networkInterfaceId, string instanceId, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var eni = await FindAsync(session, accountId, regionId, networkInterfaceId);
            if (!eni.IsSuccess)
                return eni.Error;
            var instance = await session.Compute.FindInstanceAsync(accountId, instanceId);
            if (instance is null || instance.RegionId != regionId)
                return ApiErrors.InstanceNotFound(instanceId);
            var now = clock.GetUtcNow();
            var status = eni.Value.StatusAt(now, timings);
            if (eni.Value.IsPrimary || status != "Available")
                return ApiErrors.EniStatusNotSupported(networkInterfaceId, eni.Value.IsPrimary ? "a primary network interface" : status, "Available");
            var instanceStatus = instance.StatusAt(now, timings);
            if (instanceStatus is not (InstanceStatus.Running or InstanceStatus.Stopped))
                return ApiErrors.IncorrectInstanceStatus(instanceId, instanceStatus, "Running or Stopped");
            if (instance.VpcId != eni.Value.VpcId)
                return new Error("InvalidVpcId.Mismatch", $"The network interface is in {eni.Value.VpcId}; the instance {instanceId} is in {(instance.VpcId.Length > 0 ? instance.VpcId : "the classic network")}.");
            if (instance.ZoneId != eni.Value.ZoneId)
                return new Error("InvalidVSwitchId.ZoneMismatch", $"The network interface is in {eni.Value.ZoneId}; the instance {instanceId} is in {instance.ZoneId}.");

            var type = types.Find(instance.InstanceType)!;
            var others = (await session.Compute.ListNetworkInterfacesOfInstanceAsync(instanceId)).Count(e => !e.IsPrimary && e.AttachedInstanceAt(now, timings) == instanceId);
            if (others + 1 > type.SecondaryEniQuantity)
                return new Error("InvalidOperation.EniCountExceeded", $"An {type.InstanceTypeId} instance takes {type.SecondaryEniQuantity} secondary network interfaces; {instanceId} has {others}.");
            var ips = (await session.PrivateIps.ListOwnedAsync(NetworkInterfaces.OwnerType, networkInterfaceId)).Count;
            if (ips > type.EniPrivateIpAddressQuantity)
                return new Error("InvalidOperation.Ipv4CountExceeded", $"The network interface holds {ips} private IPs; an {type.InstanceTypeId} instance takes {type.EniPrivateIpAddressQuantity} per network interface.");
            var eips = await session.Eips.ListOnNetworkInterfacesAsync([networkInterfaceId]);
            if (eips.Any(e => e.Binding!.Mode == BindingModes.MultiBinded) && !types.SupportsMultiBinded(type.Family))
                return AssociationErrors.InstanceFamilyNotSupported(instanceId, type.Family);

            // R-BIND-8: attaching again is what restores private traffic after a BINDED EIP was released under the ENI.
            var stillBinded = eips.Any(e => e.Binding!.Mode == BindingModes.Binded);
            await session.Compute.UpdateNetworkInterfaceAsync(eni.Value with
            {
                InstanceId = instanceId, Attached = true, AttachmentChanged = now, PrivateTrafficDisabled = stillBinded,
            });
            return Unit.Value;
        }, cancellationToken);

    public Task<Result<Unit>> DetachAsync(string accountId, string regionId, string networkInterfaceId, string instanceId, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var eni = await FindAsync(session, accountId, regionId, networkInterfaceId);
            if (!eni.IsSuccess)
                return eni.Error;
            var now = clock.GetUtcNow();
            var status = eni.Value.StatusAt(now, timings);
            if (eni.Value.IsPrimary || status != "InUse")
                return ApiErrors.EniStatusNotSupported(networkInterfaceId, eni.Value.IsPrimary ? "a primary network interface" : status, "InUse (a secondary network interface)");
            if (eni.Value.InstanceId != instanceId)
                return new Error("InvalidInstanceId.Mismatch", $"The network interface {networkInterfaceId} is attached to {eni.Value.InstanceId}, not to {ApiErrors.Shorten(instanceId)}.");
            await session.Compute.UpdateNetworkInterfaceAsync(eni.Value with { Attached = false, AttachmentChanged = now });
            return Unit.Value;
        }, cancellationToken);

    public Task<Result<Unit>> DeleteAsync(string accountId, string regionId, string networkInterfaceId, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var eni = await FindAsync(session, accountId, regionId, networkInterfaceId);
            if (!eni.IsSuccess)
                return eni.Error;
            var status = eni.Value.StatusAt(clock.GetUtcNow(), timings);
            if (eni.Value.IsPrimary || status != "Available")
                return ApiErrors.EniStatusNotSupported(networkInterfaceId, eni.Value.IsPrimary ? "a primary network interface" : status, "Available (detach it first)");
            var haVips = await session.HaVips.ListByMemberAsync(networkInterfaceId);
            if (haVips.Count > 0)
                return ApiErrors.DependencyViolation("DependencyViolation.HaVip", $"The network interface {networkInterfaceId} is associated with the HaVips {string.Join(", ", haVips)}; unassociate it first.");
            var eips = await session.Eips.ListOnNetworkInterfacesAsync([networkInterfaceId]);
            if (eips.Count > 0)
                return AssociationErrors.HasBoundEips(networkInterfaceId, eips.Select(e => e.AllocationId));
            await session.PrivateIps.ReleaseOwnedAsync(NetworkInterfaces.OwnerType, networkInterfaceId);
            await TaggedResources.RemoveAllAsync(session, ResourceTypes.NetworkInterface, networkInterfaceId);
            await session.Compute.DeleteNetworkInterfaceAsync(networkInterfaceId);
            return Unit.Value;
        }, cancellationToken);

    public Task<Result<IReadOnlyList<string>>> AssignPrivateIpsAsync(string accountId, string regionId, string networkInterfaceId, IReadOnlyList<string> addresses, int count, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        if (addresses.Count == 0 && count < 1)
            return Task.FromResult(Result<IReadOnlyList<string>>.Fail(ApiErrors.MissingParameter("PrivateIpAddress.1")));
        return store.WriteAsync<IReadOnlyList<string>>(idempotency, async session =>
        {
            var eni = await FindAsync(session, accountId, regionId, networkInterfaceId);
            if (!eni.IsSuccess)
                return eni.Error;
            var limit = await LimitAsync(session, eni.Value);
            return await NetworkInterfaces.AssignAsync(session, eni.Value, addresses, count, limit);
        }, cancellationToken);
    }

    public Task<Result<Unit>> UnassignPrivateIpsAsync(string accountId, string regionId, string networkInterfaceId, IReadOnlyList<string> addresses, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var eni = await FindAsync(session, accountId, regionId, networkInterfaceId);
            if (!eni.IsSuccess)
                return eni.Error;
            var held = await session.PrivateIps.ListOwnedAsync(NetworkInterfaces.OwnerType, networkInterfaceId);
            var bound = (await session.Eips.ListOnNetworkInterfacesAsync([networkInterfaceId])).GroupBy(e => e.Binding!.PrivateIpAddress).ToDictionary(g => g.Key, g => g.First().AllocationId);
            foreach (var address in addresses)
            {
                if (address == eni.Value.PrimaryIpAddress)
                    return ApiErrors.InvalidParameter("PrivateIpAddress", $"{address} is the primary private IP of the network interface and cannot be unassigned.");
                if (!held.Contains(address))
                    return new Error("InvalidIp.NotFound", $"{ApiErrors.Shorten(address)} is not a private IP of {networkInterfaceId}.");
                if (bound.TryGetValue(address, out var allocationId))
                    return AssociationErrors.HasBoundEips($"The private IP {address} of {networkInterfaceId}", [allocationId]);
                await session.PrivateIps.ReleaseAsync(eni.Value.VSwitchId, address);
            }

            return Unit.Value;
        }, cancellationToken);

    /// <summary>Private IPs an ENI may hold: its instance type's figure once attached (R-ENI-4).</summary>
    private async Task<int> LimitAsync(IStoreSession session, NetworkInterface eni)
    {
        var instanceId = eni.AttachedInstanceAt(clock.GetUtcNow(), timings);
        var instance = instanceId is null ? null : await session.Compute.FindInstanceAsync(eni.AccountId, instanceId);
        return instance is null ? NetworkInterfaces.MaxPrivateIpsWhenDetached : types.Find(instance.InstanceType)!.EniPrivateIpAddressQuantity;
    }

    private static async Task<Result<NetworkInterface>> FindAsync(IStoreSession session, string accountId, string regionId, string networkInterfaceId)
    {
        var eni = await session.Compute.FindNetworkInterfaceAsync(accountId, networkInterfaceId);
        return eni is null || eni.RegionId != regionId ? ApiErrors.NetworkInterfaceNotFound(networkInterfaceId) : eni;
    }
}
