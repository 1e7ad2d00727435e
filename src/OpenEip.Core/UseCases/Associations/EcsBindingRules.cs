using OpenEip.Core.Associations;
using OpenEip.Core.Compute;
using OpenEip.Core.Errors;

namespace OpenEip.Core.UseCases.Associations;

/// <summary>InstanceType=EcsInstance (R-ECS-1 … R-ECS-7): the EIP maps to the primary ENI's primary private IP, in NAT mode.</summary>
public static class EcsBindingRules
{
    public static async Task<Result<EipBinding>> PlanAsync(BindingScope scope, BindingRequest request)
    {
        var eip = request.Eip;
        var instance = await scope.Session.Compute.FindInstanceAsync(eip.AccountId, request.InstanceId);
        if (instance is null)
            return AssociationErrors.TargetNotFound("instance", request.InstanceId);
        if (instance.RegionId != eip.RegionId)
            return AssociationErrors.RegionMismatch($"The instance {instance.InstanceId}", instance.RegionId, eip.RegionId);
        if (instance.NetworkType != "vpc")
            return AssociationErrors.OperationDenied($"The instance {instance.InstanceId} is in the classic network; only instances in a VPC can have an EIP.");
        var status = instance.StatusAt(scope.Now, scope.Timings);
        if (status is not (InstanceStatus.Running or InstanceStatus.Stopped))
            return ApiErrors.IncorrectInstanceStatus(instance.InstanceId, status, "Running or Stopped");
        if (instance.PublicIpAddress.Length > 0)
            return AssociationErrors.InstanceHasFixedPublicIp(instance.InstanceId, instance.PublicIpAddress);

        var current = await scope.Session.Eips.ListBoundToAsync([instance.InstanceId]);
        if (current.Count > 0)
            return AssociationErrors.Duplicated($"The instance {instance.InstanceId} already has the EIP {current[0].AllocationId}; an ECS instance has one EIP (unassociate it to change it).");

        var primary = await scope.Session.Compute.FindNetworkInterfaceAsync(eip.AccountId, instance.PrimaryNetworkInterfaceId)
            ?? throw new InvalidOperationException($"The instance {instance.InstanceId} has no primary network interface.");
        var key = PrivateIpKeys.Of(primary.NetworkInterfaceId, primary.PrimaryIpAddress);
        var onPrimaryIp = (await scope.Session.Eips.ListOnNetworkInterfacesAsync([primary.NetworkInterfaceId])).FirstOrDefault(e => e.Binding!.PrivateIpKey == key);
        if (onPrimaryIp is not null)
            return AssociationErrors.Duplicated($"The primary private IP {primary.PrimaryIpAddress} of {instance.InstanceId} already has the EIP {onPrimaryIp.AllocationId} through its network interface {primary.NetworkInterfaceId}.");

        var asAddress = await IpAddressBindingRules.FindBoundAsync(scope.Session, primary.VpcId, primary.PrimaryIpAddress, eip.AllocationId);
        if (asAddress is not null)
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
            PrivateIpKey = key,
            BoundAt = scope.Now,
        };
    }
}
