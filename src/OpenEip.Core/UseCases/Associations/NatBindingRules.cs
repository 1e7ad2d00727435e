using OpenEip.Core.Associations;
using OpenEip.Core.Errors;
using OpenEip.Core.Networks;

namespace OpenEip.Core.UseCases.Associations;

/// <summary>
/// InstanceType=Nat (R-NAT-1 … R-NAT-4): internet gateways only, at most 20 EIPs, and a vSwitch IP per EIP for
/// newer gateways. <see cref="LoadAsync"/> reads the facts inside the transaction; <see cref="Decide"/> is the
/// rules themselves, a pure function of them, tested without a database; <see cref="PlanAsync"/> then reserves
/// the vSwitch IP the decision asks for (R-NAT-3), the one write.
/// </summary>
public static class NatBindingRules
{
    public const int MaxEips = 20;

    /// <summary>Who holds the vSwitch IP a newer gateway takes for each of its EIPs (R-NAT-3): the EIP's binding.</summary>
    public const string EipIpOwnerType = "NatGatewayEip";

    public static async Task<Result<EipBinding>> PlanAsync(BindingScope scope, BindingRequest request)
    {
        var facts = await LoadAsync(scope, request);
        var decided = Decide(facts, request, scope.Now);
        if (!decided.IsSuccess)
            return decided.Error;
        if (!decided.Value.ReservesVSwitchIp)
            return decided.Value.Binding;

        // R-NAT-3: the IP is reserved only once every rule has passed, so a refused bind takes nothing.
        var eip = request.Eip;
        var gateway = facts.Gateway!;
        var vSwitch = await scope.Session.Networks.FindVSwitchAsync(eip.AccountId, gateway.VSwitchId)
            ?? throw new InvalidOperationException($"The NAT gateway {gateway.NatGatewayId} has no vSwitch.");
        var reserved = await PrivateIpAllocator.AllocateAsync(scope.Session, vSwitch, null, "PrivateIpAddress", EipIpOwnerType, eip.AllocationId);
        if (!reserved.IsSuccess)
            return reserved.Error.Code == "InvalidVSwitchId.IpNotEnough" ? AssociationErrors.NatVSwitchIpNotEnough(vSwitch.VSwitchId, gateway.NatGatewayId) : reserved.Error;
        return decided.Value.Binding with { PrivateIpAddress = reserved.Value };
    }

    public static async Task<NatBindingFacts> LoadAsync(BindingScope scope, BindingRequest request)
    {
        var gateway = await scope.Session.NatGateways.FindAsync(request.Eip.AccountId, request.InstanceId);
        if (gateway is null)
            return NatBindingFacts.NotFound;
        var onGateway = await scope.Session.Eips.ListBoundToAsync([gateway.NatGatewayId]);
        return new NatBindingFacts(gateway, gateway.StatusAt(scope.Now, scope.Timings.NatGatewayCreating), onGateway);
    }

    public static Result<NatBindingDecision> Decide(NatBindingFacts facts, BindingRequest request, DateTimeOffset now)
    {
        var eip = request.Eip;
        if (facts.Gateway is not { } gateway)
            return AssociationErrors.TargetNotFound("NAT gateway", request.InstanceId);
        if (gateway.RegionId != eip.RegionId)
            return AssociationErrors.RegionMismatch($"The NAT gateway {gateway.NatGatewayId}", gateway.RegionId, eip.RegionId);
        if (gateway.NetworkType != "internet")
            return AssociationErrors.OperationDenied($"The NAT gateway {gateway.NatGatewayId} is a VPC (intranet) NAT gateway; only internet NAT gateways take EIPs.");
        if (facts.GatewayStatus != "Available")
            return new Error("IncorrectStatus.NatGateway", $"The NAT gateway {gateway.NatGatewayId} is {facts.GatewayStatus}; EIPs are bound to an Available gateway.");

        // R-NAT-2: the EIP being bound is not counted against the gateway, should it already be listed on it.
        var bound = facts.EipsOnGateway.Count(e => e.AllocationId != eip.AllocationId);
        if (bound >= MaxEips)
            return AssociationErrors.EipsPerNatGatewayExceeded(gateway.NatGatewayId, MaxEips);

        var binding = new EipBinding
        {
            AllocationId = eip.AllocationId,
            AccountId = eip.AccountId,
            RegionId = gateway.RegionId,
            InstanceType = BindingTargetTypes.Nat,
            InstanceId = gateway.NatGatewayId,
            Mode = BindingModes.Nat,
            PrivateIpAddress = "",
            BoundAt = now,
        };
        return new NatBindingDecision(binding, gateway.TakesVSwitchIpPerEip);
    }
}
