using OpenEip.Core.Associations;
using OpenEip.Core.Errors;

namespace OpenEip.Core.UseCases.Associations;

/// <summary>
/// InstanceType=HaVip (R-HAVIP-3 … 5): one EIP, mapped to the HaVip's address, so that it follows the HaVip to
/// whichever member is master. A HaVip is Available or InUse from creation to deletion, so both take an EIP (R-HAVIP-4).
/// <see cref="LoadAsync"/> reads the facts inside the transaction; <see cref="Decide"/> is the rules themselves,
/// a pure function of them, tested without a database.
/// </summary>
public static class HaVipBindingRules
{
    public static async Task<Result<EipBinding>> PlanAsync(BindingScope scope, BindingRequest request) =>
        Decide(await LoadAsync(scope, request), request, scope.Now);

    public static async Task<HaVipBindingFacts> LoadAsync(BindingScope scope, BindingRequest request)
    {
        var haVip = await scope.Session.HaVips.FindAsync(request.Eip.AccountId, request.InstanceId);
        if (haVip is null)
            return HaVipBindingFacts.NotFound;
        return new HaVipBindingFacts(haVip, await scope.Session.Eips.ListBoundToAsync([haVip.HaVipId]));
    }

    public static Result<EipBinding> Decide(HaVipBindingFacts facts, BindingRequest request, DateTimeOffset now)
    {
        var eip = request.Eip;
        if (facts.HaVip is not { } haVip)
            return AssociationErrors.TargetNotFound("HaVip", request.InstanceId);
        if (haVip.RegionId != eip.RegionId)
            return AssociationErrors.RegionMismatch($"The HaVip {haVip.HaVipId}", haVip.RegionId, eip.RegionId);
        if (haVip.Status is not ("Available" or "InUse"))
            return new Error("IncorrectHaVipStatus", $"The HaVip {haVip.HaVipId} is {haVip.Status}; it needs to be Available or InUse.");
        if (facts.EipsOnHaVip.Count > 0)
            return AssociationErrors.Duplicated($"The HaVip {haVip.HaVipId} already has the EIP {facts.EipsOnHaVip[0].AllocationId}; a HaVip has one EIP.");
        return new EipBinding
        {
            AllocationId = eip.AllocationId,
            AccountId = eip.AccountId,
            RegionId = haVip.RegionId,
            InstanceType = BindingTargetTypes.HaVip,
            InstanceId = haVip.HaVipId,
            Mode = BindingModes.Nat,
            PrivateIpAddress = haVip.IpAddress,
            ExclusiveTarget = $"{BindingTargetTypes.HaVip}:{haVip.HaVipId}",
            BoundAt = now,
        };
    }
}
