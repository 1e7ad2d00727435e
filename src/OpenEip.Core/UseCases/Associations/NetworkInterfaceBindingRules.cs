using OpenEip.Core.Associations;
using OpenEip.Core.Compute;
using OpenEip.Core.Eips;
using OpenEip.Core.Errors;
using OpenEip.Core.Quotas;
using OpenEip.Core.UseCases.Compute;

namespace OpenEip.Core.UseCases.Associations;

/// <summary>
/// InstanceType=NetworkInterface in its three modes: NAT (R-ENI), EIP-visible BINDED (R-BIND) and
/// MULTI_BINDED (R-MULTI). The EIP's own current binding is left out of every count, so the same rules
/// serve ModifyEipForwardMode.
/// </summary>
public static class NetworkInterfaceBindingRules
{
    public const int MaxMultiBindedEips = 10;

    public static async Task<Result<EipBinding>> PlanAsync(BindingScope scope, BindingRequest request)
    {
        var eip = request.Eip;
        var eni = await scope.Session.Compute.FindNetworkInterfaceAsync(eip.AccountId, request.InstanceId);
        if (eni is null)
            return AssociationErrors.TargetNotFound("network interface", request.InstanceId);
        if (eni.RegionId != eip.RegionId)
            return AssociationErrors.RegionMismatch($"The network interface {eni.NetworkInterfaceId}", eni.RegionId, eip.RegionId);
        var others = (await scope.Session.Eips.ListOnNetworkInterfacesAsync([eni.NetworkInterfaceId]))
            .Where(e => e.AllocationId != eip.AllocationId).ToList();
        var requestedIp = string.IsNullOrEmpty(request.PrivateIpAddress) ? null : request.PrivateIpAddress;
        var planned = (request.Mode ?? BindingModes.Nat) switch
        {
            BindingModes.Binded => PlanBinded(scope, eip, eni, others, requestedIp),
            BindingModes.MultiBinded => await PlanMultiBindedAsync(scope, eip, eni, others, requestedIp),
            _ => await PlanNatAsync(scope, eip, eni, others, requestedIp),
        };
        if (!planned.IsSuccess)
            return planned;
        // One EIP per private address of a VPC: an address bound as InstanceType=IpAddress takes no other EIP.
        var asAddress = await IpAddressBindingRules.FindBoundAsync(scope.Session, eni.VpcId, planned.Value.PrivateIpAddress, eip.AllocationId);
        if (asAddress is not null)
            return IpAddressBindingRules.AddressTaken(planned.Value.PrivateIpAddress, asAddress);
        return planned.Value with { PrivateIpChosen = requestedIp is not null };
    }

    private static async Task<Result<EipBinding>> PlanNatAsync(BindingScope scope, Eip eip, NetworkInterface eni, List<Eip> others, string? requestedIp)
    {
        var ip = requestedIp ?? eni.PrimaryIpAddress;
        var owned = await scope.Session.PrivateIps.ListOwnedAsync(NetworkInterfaces.OwnerType, eni.NetworkInterfaceId);
        if (!owned.Contains(ip))
            return AssociationErrors.PrivateIpNotOnInterface(ip, eni.NetworkInterfaceId, "is not a private IP");
        var otherMode = OtherMode(others, BindingModes.Nat);
        if (otherMode is not null)
            return AssociationErrors.Duplicated($"The network interface {eni.NetworkInterfaceId} has EIPs in {otherMode} mode; one network interface does not mix modes.");
        var key = PrivateIpKeys.Of(eni.NetworkInterfaceId, ip);
        var holder = others.FirstOrDefault(e => e.Binding!.PrivateIpKey == key);
        if (holder is not null)
        {
            var through = holder.Binding!.InstanceType == BindingTargetTypes.EcsInstance ? $" (through its instance {holder.Binding.InstanceId})" : "";
            return AssociationErrors.Duplicated($"The private IP {ip} of {eni.NetworkInterfaceId} already has the EIP {holder.AllocationId}{through}; a private IP has one EIP.");
        }

        return Binding(scope, eip, eni, BindingModes.Nat, ip, exclusiveTarget: null, key);
    }

    private static Result<EipBinding> PlanBinded(BindingScope scope, Eip eip, NetworkInterface eni, List<Eip> others, string? requestedIp)
    {
        if (scope.Regions.Find(eni.RegionId) is not { SupportsBindedMode: true })
            return AssociationErrors.RegionNotSupported(eni.RegionId, BindingModes.Binded);
        if (eni.IsPrimary)
            return AssociationErrors.PrimaryNetworkInterface(eni.NetworkInterfaceId, BindingModes.Binded);
        if (requestedIp is not null && requestedIp != eni.PrimaryIpAddress)
            return AssociationErrors.PrivateIpNotOnInterface(requestedIp, eni.NetworkInterfaceId, "is not the primary private IP (BINDED mode takes only that one)");
        var status = eni.StatusAt(scope.Now, scope.Timings);
        if (status != "Available")
            return ApiErrors.EniStatusNotSupported(eni.NetworkInterfaceId, status, "Available: in BINDED mode, bind the EIP first and attach the network interface after");
        if (others.Count > 0)
            return AssociationErrors.Duplicated($"The network interface {eni.NetworkInterfaceId} already has the EIP {others[0].AllocationId}; in BINDED mode it takes one EIP alone.");
        return Binding(scope, eip, eni, BindingModes.Binded, eni.PrimaryIpAddress,
            exclusiveTarget: $"{BindingModes.Binded}:{eni.NetworkInterfaceId}", PrivateIpKeys.Of(eni.NetworkInterfaceId, eni.PrimaryIpAddress));
    }

    private static async Task<Result<EipBinding>> PlanMultiBindedAsync(BindingScope scope, Eip eip, NetworkInterface eni, List<Eip> others, string? requestedIp)
    {
        var privilege = await scope.Session.Accounts.FindQuotaAsync(eip.AccountId, QuotaNames.MultiBindedPrivilege) ?? QuotaNames.Defaults[QuotaNames.MultiBindedPrivilege];
        if (privilege < 1)
            return AssociationErrors.MultiBindedNotAuthorized();
        if (scope.Regions.Find(eni.RegionId) is not { SupportsMultiBindedMode: true })
            return AssociationErrors.RegionNotSupported(eni.RegionId, BindingModes.MultiBinded);
        if (eni.IsPrimary)
            return AssociationErrors.PrimaryNetworkInterface(eni.NetworkInterfaceId, BindingModes.MultiBinded);
        if (eni.AttachedInstanceAt(scope.Now, scope.Timings) is { } instanceId
            && await scope.Session.Compute.FindInstanceAsync(eip.AccountId, instanceId) is { } instance
            && scope.Types.Find(instance.InstanceType) is { } type
            && !scope.Types.SupportsMultiBinded(type.Family))
            return AssociationErrors.InstanceFamilyNotSupported(instanceId, type.Family);
        var otherMode = OtherMode(others, BindingModes.MultiBinded);
        if (otherMode is not null)
            return AssociationErrors.Duplicated($"The network interface {eni.NetworkInterfaceId} has EIPs in {otherMode} mode; one network interface does not mix modes.");
        if (others.Count >= MaxMultiBindedEips)
            return AssociationErrors.EipsPerNetworkInterfaceExceeded(eni.NetworkInterfaceId, MaxMultiBindedEips);
        var ip = requestedIp ?? eni.PrimaryIpAddress;
        if (ip != eni.PrimaryIpAddress && !(await scope.Session.PrivateIps.ListOwnedAsync(NetworkInterfaces.OwnerType, eni.NetworkInterfaceId)).Contains(ip))
            return AssociationErrors.PrivateIpNotOnInterface(ip, eni.NetworkInterfaceId, "is not a private IP");
        return Binding(scope, eip, eni, BindingModes.MultiBinded, ip, exclusiveTarget: null, privateIpKey: null);
    }

    private static string? OtherMode(List<Eip> others, string mode) =>
        others.Select(e => e.Binding!).FirstOrDefault(b => b.InstanceType == BindingTargetTypes.NetworkInterface && b.Mode != mode)?.Mode;

    private static EipBinding Binding(BindingScope scope, Eip eip, NetworkInterface eni, string mode, string ip, string? exclusiveTarget, string? privateIpKey) => new()
    {
        AllocationId = eip.AllocationId,
        AccountId = eip.AccountId,
        RegionId = eni.RegionId,
        InstanceType = BindingTargetTypes.NetworkInterface,
        InstanceId = eni.NetworkInterfaceId,
        Mode = mode,
        PrivateIpAddress = ip,
        NetworkInterfaceId = eni.NetworkInterfaceId,
        ExclusiveTarget = exclusiveTarget,
        PrivateIpKey = privateIpKey,
        BoundAt = scope.Now,
    };
}
