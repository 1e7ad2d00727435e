using OpenEip.Core.Associations;
using OpenEip.Core.Compute;
using OpenEip.Core.Eips;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;

namespace OpenEip.Core.UseCases.Associations;

/// <summary>
/// Decides whether an EIP may be bound as asked and to what exactly, inside the caller's store
/// transaction (so the answer still holds at commit): the EIP's own state first (R-EIP-2, 4, 5, 8), then
/// the target's rules by kind (R-EIP-7 picks the kind).
/// </summary>
public sealed class BindingPlanner(RegionCatalogue regions, InstanceTypeCatalogue types, ComputeTimings timings)
{
    private static readonly string[] ZonalLoadBalancerPrefixes = ["alb-", "nlb-"];

    public async Task<Result<EipBinding>> PlanAsync(IStoreSession session, BindingRequest request, DateTimeOffset now)
    {
        var planned = await CheckAsync(session, request, now);
        if (planned.IsSuccess)
            await BindingEffects.OnBoundAsync(session, planned.Value);
        return planned;
    }

    /// <summary>
    /// The same decision without its effects: what binding would be made, or the rule that refuses it. The
    /// console asks this in a read-only snapshot for each resource it offers, so a resource that cannot take
    /// the EIP is shown disabled with the very error the API would answer.
    /// </summary>
    public async Task<Result<EipBinding>> CheckAsync(IStoreSession session, BindingRequest request, DateTimeOffset now)
    {
        var unbindable = CheckAvailable(request.Eip);
        if (unbindable is not null)
            return unbindable;
        if (ZonalLoadBalancerPrefixes.Any(p => request.InstanceId.StartsWith(p, StringComparison.Ordinal)))
            return AssociationErrors.InstanceTypeNotSupported(request.InstanceType,
                "an ALB or NLB cannot be bound from the EIP API; create it with AddressType=Internet or change it with UpdateLoadBalancerAddressTypeConfig.");

        var scope = new BindingScope(session, regions, types, timings, now);
        var planned = request.InstanceType switch
        {
            BindingTargetTypes.EcsInstance => await EcsBindingRules.PlanAsync(scope, request),
            BindingTargetTypes.NetworkInterface => await NetworkInterfaceBindingRules.PlanAsync(scope, request),
            BindingTargetTypes.Nat => await NatBindingRules.PlanAsync(scope, request),
            BindingTargetTypes.SlbInstance => await SlbBindingRules.PlanAsync(scope, request),
            BindingTargetTypes.HaVip => await HaVipBindingRules.PlanAsync(scope, request),
            BindingTargetTypes.IpAddress => await IpAddressBindingRules.PlanAsync(scope, request),
            _ => AssociationErrors.InstanceTypeNotSupported(request.InstanceType, $"use one of {string.Join(", ", BindingTargetTypes.All)} (ALB and NLB take public addresses through their own API)."),
        };
        return planned;
    }

    /// <summary>R-EIP-2, R-EIP-4, R-EIP-5, R-EIP-8: only an unlocked, unbound EIP that nothing else is changing.</summary>
    public static Error? CheckAvailable(Eip eip) =>
        eip.ServiceManagedBy.Length > 0 ? AssociationErrors.IncorrectEipStatus(eip.AllocationId, $"managed by the load balancer {eip.ServiceManagedBy}", "Available")
        : eip.IsLocked ? AssociationErrors.Locked(eip.AllocationId, eip.LockReason)
        : eip.Status != EipStatus.Available ? AssociationErrors.IncorrectEipStatus(eip.AllocationId, DescribeState(eip), "Available (unassociate it first to move it)")
        : null;

    public static string DescribeState(Eip eip) =>
        eip.Binding is { } b ? $"{eip.Status} ({b.InstanceType} {b.InstanceId})" : eip.Status;
}
