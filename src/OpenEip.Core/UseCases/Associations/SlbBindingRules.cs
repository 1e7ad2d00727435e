using OpenEip.Core.Associations;
using OpenEip.Core.Errors;

namespace OpenEip.Core.UseCases.Associations;

/// <summary>
/// InstanceType=SlbInstance (R-LB-3, R-LB-4): a CLB in a VPC, intranet, with one EIP. <see cref="LoadAsync"/>
/// reads the facts inside the transaction; <see cref="Decide"/> is the rules themselves, a pure function of them,
/// tested without a database.
/// </summary>
public static class SlbBindingRules
{
    public static async Task<Result<EipBinding>> PlanAsync(BindingScope scope, BindingRequest request) =>
        Decide(await LoadAsync(scope, request), request, scope.Now);

    public static async Task<SlbBindingFacts> LoadAsync(BindingScope scope, BindingRequest request)
    {
        var clb = await scope.Session.LoadBalancers.FindClassicAsync(request.Eip.AccountId, request.InstanceId);
        if (clb is null)
            return SlbBindingFacts.NotFound;
        return new SlbBindingFacts(clb, await scope.Session.Eips.ListBoundToAsync([clb.LoadBalancerId]));
    }

    public static Result<EipBinding> Decide(SlbBindingFacts facts, BindingRequest request, DateTimeOffset now)
    {
        var eip = request.Eip;
        if (facts.LoadBalancer is not { } clb)
            return AssociationErrors.TargetNotFound("load balancer", request.InstanceId);
        if (clb.RegionId != eip.RegionId)
            return AssociationErrors.RegionMismatch($"The load balancer {clb.LoadBalancerId}", clb.RegionId, eip.RegionId);
        if (clb.AddressType != "intranet" || clb.NetworkType != "vpc")
            return AssociationErrors.OperationDenied($"The load balancer {clb.LoadBalancerId} is {clb.AddressType} in the {clb.NetworkType} network; only an intranet CLB in a VPC takes an EIP.");
        if (facts.EipsOnLoadBalancer.Count > 0)
            return AssociationErrors.Duplicated($"The load balancer {clb.LoadBalancerId} already has the EIP {facts.EipsOnLoadBalancer[0].AllocationId}; a CLB has one EIP.");
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
            BoundAt = now,
        };
    }
}
