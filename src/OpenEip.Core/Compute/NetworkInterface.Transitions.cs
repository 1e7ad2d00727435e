using OpenEip.Core.Associations;
using OpenEip.Core.Errors;

namespace OpenEip.Core.Compute;

/// <summary>
/// The ENI's own transitions and checks (issue 11: the aggregate owns them; the use case loads the facts in its
/// transaction, calls, and saves what it gets back). Each returns the new state, or the error Alibaba returns, and
/// none touches a store, so every rule is unit-tested without one.
/// </summary>
public sealed partial record NetworkInterface
{
    /// <summary>
    /// AttachNetworkInterface: a secondary ENI that is Available, to a Running or Stopped instance of its VPC and zone,
    /// within the instance type's limits (R-ENI-4) and, with MULTI_BINDED EIPs on it, of a family that serves them
    /// (R-MULTI-6). Attaching starts the Attaching spell; it is also what restores private traffic after a BINDED EIP
    /// was released under the ENI (R-BIND-8), so the flag is set again only while a BINDED EIP is still on it.
    /// </summary>
    public Result<NetworkInterface> Attach(EniAttachFacts facts, DateTimeOffset now, ComputeTimings timings)
    {
        var instance = facts.Instance;
        var status = StatusAt(now, timings);
        if (IsPrimary || status != "Available")
            return ApiErrors.EniStatusNotSupported(NetworkInterfaceId, IsPrimary ? "a primary network interface" : status, "Available");
        var instanceStatus = instance.StatusAt(now, timings);
        if (instanceStatus is not (InstanceStatus.Running or InstanceStatus.Stopped))
            return ApiErrors.IncorrectInstanceStatus(instance.InstanceId, instanceStatus, "Running or Stopped");
        if (instance.VpcId != VpcId)
            return new Error("InvalidVpcId.Mismatch", $"The network interface is in {VpcId}; the instance {instance.InstanceId} is in {(instance.VpcId.Length > 0 ? instance.VpcId : "the classic network")}.");
        if (instance.ZoneId != ZoneId)
            return new Error("InvalidVSwitchId.ZoneMismatch", $"The network interface is in {ZoneId}; the instance {instance.InstanceId} is in {instance.ZoneId}.");

        // R-ENI-4: an ENI still detaching from the instance counts against it until the detach has settled.
        var type = facts.InstanceType;
        var others = facts.InstanceEnis.Count(e => !e.IsPrimary && e.AttachedInstanceAt(now, timings) == instance.InstanceId);
        if (others + 1 > type.SecondaryEniQuantity)
            return new Error("InvalidOperation.EniCountExceeded", $"An {type.InstanceTypeId} instance takes {type.SecondaryEniQuantity} secondary network interfaces; {instance.InstanceId} has {others}.");
        if (facts.HeldPrivateIpCount > type.EniPrivateIpAddressQuantity)
            return new Error("InvalidOperation.Ipv4CountExceeded", $"The network interface holds {facts.HeldPrivateIpCount} private IPs; an {type.InstanceTypeId} instance takes {type.EniPrivateIpAddressQuantity} per network interface.");
        if (facts.EipsOnEni.Any(e => e.Binding!.Mode == BindingModes.MultiBinded) && !facts.MultiBindedSupported)
            return AssociationErrors.InstanceFamilyNotSupported(instance.InstanceId, type.Family);

        var stillBinded = facts.EipsOnEni.Any(e => e.Binding!.Mode == BindingModes.Binded);
        return this with { InstanceId = instance.InstanceId, Attached = true, AttachmentChanged = now, PrivateTrafficDisabled = stillBinded };
    }

    /// <summary>DetachNetworkInterface: a secondary ENI that is InUse, from the instance it is attached to; Detaching follows.</summary>
    public Result<NetworkInterface> Detach(string instanceId, DateTimeOffset now, ComputeTimings timings)
    {
        var status = StatusAt(now, timings);
        if (IsPrimary || status != "InUse")
            return ApiErrors.EniStatusNotSupported(NetworkInterfaceId, IsPrimary ? "a primary network interface" : status, "InUse (a secondary network interface)");
        if (InstanceId != instanceId)
            return new Error("InvalidInstanceId.Mismatch", $"The network interface {NetworkInterfaceId} is attached to {InstanceId}, not to {ApiErrors.Shorten(instanceId)}.");
        return this with { Attached = false, AttachmentChanged = now };
    }

    /// <summary>
    /// DeleteInstance lets its secondary ENIs go at once (no Detaching spell: the instance they would detach from is gone).
    /// </summary>
    public NetworkInterface LeaveDeletedInstance(DateTimeOffset now) => this with { InstanceId = "", Attached = false, AttachmentChanged = now };

    /// <summary>
    /// ModifyNetworkInterfaceAttribute: name and description as given (null: unchanged), and the security groups, the
    /// whole set replacing the ENI's, each checked as at creation (<see cref="CheckSecurityGroups"/>) against
    /// <paramref name="groupsFound"/>, the caller's groups found under the ids asked for. Primary ENIs too, as on Alibaba.
    /// </summary>
    public Result<NetworkInterface> Modify(string? name, string? description, IReadOnlyList<string>? securityGroupIds, IReadOnlyDictionary<string, SecurityGroup> groupsFound)
    {
        if (securityGroupIds is not null && CheckSecurityGroups(RegionId, VpcId, securityGroupIds, groupsFound) is { } badGroup)
            return badGroup;
        return this with
        {
            NetworkInterfaceName = name ?? NetworkInterfaceName,
            Description = description ?? Description,
            SecurityGroupIds = securityGroupIds?.Distinct().ToList() ?? SecurityGroupIds,
        };
    }

    /// <summary>
    /// The security groups of an ENI (R-ENI-5): at least one, each the caller's (found in <paramref name="groupsFound"/>
    /// under the id asked for), in the region and in the ENI's VPC. The first offending id, in the order given, is named.
    /// </summary>
    public static Error? CheckSecurityGroups(string regionId, string vpcId, IReadOnlyList<string> securityGroupIds, IReadOnlyDictionary<string, SecurityGroup> groupsFound)
    {
        if (securityGroupIds.Count == 0)
            return ApiErrors.MissingParameter("SecurityGroupId");
        foreach (var groupId in securityGroupIds.Distinct())
        {
            var group = groupsFound.GetValueOrDefault(groupId);
            if (group is null || group.RegionId != regionId)
                return ApiErrors.SecurityGroupNotFound(groupId);
            if (group.VpcId != vpcId)
                return new Error("InvalidSecurityGroupId.VPCMismatch", $"The security group {groupId} belongs to {group.VpcId}, not to the network interface's VPC {vpcId}.");
        }

        return null;
    }

    /// <summary>
    /// DeleteNetworkInterface: only a secondary ENI that is Available (detached and settled), in no HaVip, with no EIP.
    /// </summary>
    public Result<Unit> CheckDelete(EniDeleteFacts facts, DateTimeOffset now, ComputeTimings timings)
    {
        var status = StatusAt(now, timings);
        if (IsPrimary || status != "Available")
            return ApiErrors.EniStatusNotSupported(NetworkInterfaceId, IsPrimary ? "a primary network interface" : status, "Available (detach it first)");
        if (facts.HaVipIds.Count > 0)
            return ApiErrors.DependencyViolation("DependencyViolation.HaVip", $"The network interface {NetworkInterfaceId} is associated with the HaVips {string.Join(", ", facts.HaVipIds)}; unassociate it first.");
        if (facts.EipsOnEni.Count > 0)
            return AssociationErrors.HasBoundEips(NetworkInterfaceId, facts.EipsOnEni.Select(e => e.AllocationId));
        return Unit.Value;
    }

    /// <summary>
    /// R-ENI-4: adding <paramref name="adding"/> private IPs keeps the ENI within its limit, the instance type's figure
    /// while it counts against an instance, <see cref="MaxPrivateIpsWhenDetached"/> otherwise.
    /// </summary>
    public Result<Unit> CheckAssign(EniAssignFacts facts, int adding)
    {
        var limit = facts.AttachedInstanceType?.EniPrivateIpAddressQuantity ?? MaxPrivateIpsWhenDetached;
        var total = facts.HeldPrivateIps.Count + adding;
        if (total > limit)
            return new Error("InvalidOperation.Ipv4CountExceeded", $"The network interface {NetworkInterfaceId} would have {total} private IPs; at most {limit} are allowed here.");
        return Unit.Value;
    }

    /// <summary>
    /// UnassignPrivateIpAddresses: each address a secondary private IP the ENI holds (not its primary one) with no EIP
    /// bound to it. The first offending address, in the order given, is named.
    /// </summary>
    public Result<Unit> CheckUnassign(IReadOnlyList<string> addresses, EniUnassignFacts facts)
    {
        var bound = facts.EipsOnEni.GroupBy(e => e.Binding!.PrivateIpAddress).ToDictionary(g => g.Key, g => g.First().AllocationId);
        foreach (var address in addresses)
        {
            if (address == PrimaryIpAddress)
                return ApiErrors.InvalidParameter("PrivateIpAddress", $"{address} is the primary private IP of the network interface and cannot be unassigned.");
            if (!facts.HeldPrivateIps.Contains(address))
                return new Error("InvalidIp.NotFound", $"{ApiErrors.Shorten(address)} is not a private IP of {NetworkInterfaceId}.");
            if (bound.TryGetValue(address, out var allocationId))
                return AssociationErrors.HasBoundEips($"The private IP {address} of {NetworkInterfaceId}", [allocationId]);
        }

        return Unit.Value;
    }
}
