using OpenEip.Core.Associations;
using OpenEip.Core.Errors;

namespace OpenEip.Core.UseCases.Associations;

/// <summary>InstanceType=SlbInstance (R-LB-3, R-LB-4): a CLB in a VPC, intranet, with one EIP.</summary>
public static class SlbBindingRules
{
    public static async Task<Result<EipBinding>> PlanAsync(BindingScope scope, BindingRequest request)
    {
        var eip = request.Eip;
        var clb = await scope.Session.LoadBalancers.FindClassicAsync(eip.AccountId, request.InstanceId);
        if (clb is null)
            return AssociationErrors.TargetNotFound("load balancer", request.InstanceId);
        if (clb.RegionId != eip.RegionId)
            return AssociationErrors.RegionMismatch($"The load balancer {clb.LoadBalancerId}", clb.RegionId, eip.RegionId);
        if (clb.AddressType != "intranet" || clb.NetworkType != "vpc")
            return AssociationErrors.OperationDenied($"The load balancer {clb.LoadBalancerId} is {clb.AddressType} in the {clb.NetworkType} network; only an intranet CLB in a VPC takes an EIP.");
        var current = await scope.Session.Eips.ListBoundToAsync([clb.LoadBalancerId]);
        if (current.Count > 0)
            return AssociationErrors.Duplicated($"The load balancer {clb.LoadBalancerId} already has the EIP {current[0].AllocationId}; a CLB has one EIP.");
        return new EipBinding
        {
            AllocationId = eip.AllocationId,
            AccountId = eip.AccountId,
            RegionId = clb.RegionId,
            InstanceType = BindingTargetTypes.SlbInstance,
            InstanceId = clb.LoadBalancerId,
            Mode = BindingModes.Nat,
            PrivateIpAddress = clb.Address,
            ExclusiveTarget = $"{BindingTargetTypes.SlbInstance}:{clb.LoadBalancerId}",
            BoundAt = scope.Now,
        };
    }
}
