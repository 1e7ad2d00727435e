using OpenEip.Core.Associations;
using OpenEip.Core.Compute;
using OpenEip.Core.Eips;
using OpenEip.Core.Errors;

namespace OpenEip.Core.UseCases.Associations;

/// <summary>
/// InstanceType=EcsInstance (R-ECS-1 … R-ECS-7): the EIP maps to the primary ENI's primary private IP, in NAT
/// mode. <see cref="LoadAsync"/> reads the facts inside the transaction; <see cref="Decide"/> is the rules
/// themselves, a pure function of them, tested without a database.
/// </summary>
public static class EcsBindingRules
{
    public static async Task<Result<EipBinding>> PlanAsync(BindingScope scope, BindingRequest request) =>
        Decide(await LoadAsync(scope, request), request, scope.Now);

    public static async Task<EcsBindingFacts> LoadAsync(BindingScope scope, BindingRequest request)
    {
        var eip = request.Eip;
        var instance = await scope.Session.Compute.FindInstanceAsync(eip.AccountId, request.InstanceId);
        if (instance is null)
            return EcsBindingFacts.NotFound;
        var onInstance = await scope.Session.Eips.ListBoundToAsync([instance.InstanceId]);
        var primary = instance.PrimaryNetworkInterfaceId.Length == 0 ? null : await scope.Session.Compute.FindNetworkInterfaceAsync(eip.AccountId, instance.PrimaryNetworkInterfaceId);
        Eip? onPrimaryIp = null;
        Eip? onPrimaryAddress = null;
        if (primary is not null)
        {
            var key = PrivateIpKeys.Of(primary.NetworkInterfaceId, primary.PrimaryIpAddress);
            onPrimaryIp = (await scope.Session.Eips.ListOnNetworkInterfacesAsync([primary.NetworkInterfaceId])).FirstOrDefault(e => e.Binding!.PrivateIpKey == key);
            onPrimaryAddress = await IpAddressBindingRules.FindBoundAsync(scope.Session, primary.VpcId, primary.PrimaryIpAddress, eip.AllocationId);
        }

        return new EcsBindingFacts(instance, instance.StatusAt(scope.Now, scope.Timings), onInstance, primary, onPrimaryIp, onPrimaryAddress);
    }

    public static Result<EipBinding> Decide(EcsBindingFacts facts, BindingRequest request, DateTimeOffset now)
    {
        var eip = request.Eip;
        if (facts.Instance is not { } instance)
            return AssociationErrors.TargetNotFound("instance", request.InstanceId);
        if (instance.RegionId != eip.RegionId)
            return AssociationErrors.RegionMismatch($"The instance {instance.InstanceId}", instance.RegionId, eip.RegionId);
        if (instance.NetworkType != "vpc")
            return AssociationErrors.OperationDenied($"The instance {instance.InstanceId} is in the classic network; only instances in a VPC can have an EIP.");
        if (facts.InstanceStatus is not (InstanceStatus.Running or InstanceStatus.Stopped))
            return ApiErrors.IncorrectInstanceStatus(instance.InstanceId, facts.InstanceStatus, "Running or Stopped");
        if (instance.PublicIpAddress.Length > 0)
            return AssociationErrors.InstanceHasFixedPublicIp(instance.InstanceId, instance.PublicIpAddress);
        if (facts.EipsOnInstance.Count > 0)
            return AssociationErrors.Duplicated($"The instance {instance.InstanceId} already has the EIP {facts.EipsOnInstance[0].AllocationId}; an ECS instance has one EIP (unassociate it to change it).");

        var primary = facts.PrimaryInterface ?? throw new InvalidOperationException($"The instance {instance.InstanceId} has no primary network interface.");
        if (facts.EipOnPrimaryIp is { } onPrimaryIp)
            return AssociationErrors.Duplicated($"The primary private IP {primary.PrimaryIpAddress} of {instance.InstanceId} already has the EIP {onPrimaryIp.AllocationId} through its network interface {primary.NetworkInterfaceId}.");
        if (facts.EipOnPrimaryAddress is { } asAddress)
            return IpAddressBindingRules.AddressTaken(primary.PrimaryIpAddress, asAddress);

        return new EipBinding
        {
            AllocationId = eip.AllocationId,
            AccountId = eip.AccountId,
            RegionId = instance.RegionId,
            InstanceType = BindingTargetTypes.EcsInstance,
            InstanceId = instance.InstanceId,
            Mode = BindingModes.Nat,
            PrivateIpAddress = primary.PrimaryIpAddress,
            NetworkInterfaceId = primary.NetworkInterfaceId,
            ExclusiveTarget = $"{BindingTargetTypes.EcsInstance}:{instance.InstanceId}",
            PrivateIpKey = PrivateIpKeys.Of(primary.NetworkInterfaceId, primary.PrimaryIpAddress),
            BoundAt = now,
        };
    }
}
