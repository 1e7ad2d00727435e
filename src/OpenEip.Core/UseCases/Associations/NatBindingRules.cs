using OpenEip.Core.Associations;
using OpenEip.Core.Errors;
using OpenEip.Core.Networks;

namespace OpenEip.Core.UseCases.Associations;

/// <summary>InstanceType=Nat (R-NAT-1 … R-NAT-4): internet gateways only, at most 20 EIPs, and a vSwitch IP per EIP for newer gateways.</summary>
public static class NatBindingRules
{
    public const int MaxEips = 20;

    /// <summary>Who holds the vSwitch IP a newer gateway takes for each of its EIPs (R-NAT-3): the EIP's binding.</summary>
    public const string EipIpOwnerType = "NatGatewayEip";

    public static async Task<Result<EipBinding>> PlanAsync(BindingScope scope, BindingRequest request)
    {
        var eip = request.Eip;
        var gateway = await scope.Session.NatGateways.FindAsync(eip.AccountId, request.InstanceId);
        if (gateway is null)
            return AssociationErrors.TargetNotFound("NAT gateway", request.InstanceId);
        if (gateway.RegionId != eip.RegionId)
            return AssociationErrors.RegionMismatch($"The NAT gateway {gateway.NatGatewayId}", gateway.RegionId, eip.RegionId);
        if (gateway.NetworkType != "internet")
            return AssociationErrors.OperationDenied($"The NAT gateway {gateway.NatGatewayId} is a VPC (intranet) NAT gateway; only internet NAT gateways take EIPs.");
        var status = gateway.StatusAt(scope.Now, scope.Timings.NatGatewayCreating);
        if (status != "Available")
            return new Error("IncorrectStatus.NatGateway", $"The NAT gateway {gateway.NatGatewayId} is {status}; EIPs are bound to an Available gateway.");
        var bound = (await scope.Session.Eips.ListBoundToAsync([gateway.NatGatewayId])).Count(e => e.AllocationId != eip.AllocationId);
        if (bound >= MaxEips)
            return AssociationErrors.EipsPerNatGatewayExceeded(gateway.NatGatewayId, MaxEips);

        var privateIp = "";
        if (gateway.TakesVSwitchIpPerEip)
        {
            var vSwitch = await scope.Session.Networks.FindVSwitchAsync(eip.AccountId, gateway.VSwitchId)
                ?? throw new InvalidOperationException($"The NAT gateway {gateway.NatGatewayId} has no vSwitch.");
            var reserved = await PrivateIpAllocator.AllocateAsync(scope.Session, vSwitch, null, "PrivateIpAddress", EipIpOwnerType, eip.AllocationId);
            if (!reserved.IsSuccess)
                return reserved.Error.Code == "InvalidVSwitchId.IpNotEnough" ? AssociationErrors.NatVSwitchIpNotEnough(vSwitch.VSwitchId, gateway.NatGatewayId) : reserved.Error;
            privateIp = reserved.Value;
        }

        return new EipBinding
        {
            AllocationId = eip.AllocationId,
            AccountId = eip.AccountId,
            RegionId = gateway.RegionId,
            InstanceType = BindingTargetTypes.Nat,
            InstanceId = gateway.NatGatewayId,
            Mode = BindingModes.Nat,
            PrivateIpAddress = privateIp,
            BoundAt = scope.Now,
        };
    }
}
