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
/// serve ModifyEipForwardMode. <see cref="LoadAsync"/> reads the facts inside the transaction;
/// <see cref="Decide"/> is the rules themselves, a pure function of them, tested without a database.
/// </summary>
public static class NetworkInterfaceBindingRules
{
    public const int MaxMultiBindedEips = 10;

    public static async Task<Result<EipBinding>> PlanAsync(BindingScope scope, BindingRequest request) =>
        Decide(await LoadAsync(scope, request), request, scope.Now);

    public static async Task<NetworkInterfaceBindingFacts> LoadAsync(BindingScope scope, BindingRequest request)
    {
        var eip = request.Eip;
        var eni = await scope.Session.Compute.FindNetworkInterfaceAsync(eip.AccountId, request.InstanceId);
        if (eni is null)
            return NetworkInterfaceBindingFacts.NotFound;
        var onEni = await scope.Session.Eips.ListOnNetworkInterfacesAsync([eni.NetworkInterfaceId]);
        var owned = await scope.Session.PrivateIps.ListOwnedAsync(NetworkInterfaces.OwnerType, eni.NetworkInterfaceId);
        // Every mode binds the IP asked for or else the primary one (BINDED refuses any other before this matters).
        var ip = RequestedIp(request) ?? eni.PrimaryIpAddress;
        var asAddress = await IpAddressBindingRules.FindBoundAsync(scope.Session, eni.VpcId, ip, eip.AllocationId);
        var facts = new NetworkInterfaceBindingFacts(eni, eni.StatusAt(scope.Now, scope.Timings), scope.Regions.Find(eni.RegionId), onEni, owned, asAddress);
        if (ModeOf(request) != BindingModes.MultiBinded)
            return facts;

        var privilege = await scope.Session.Accounts.FindQuotaAsync(eip.AccountId, QuotaNames.MultiBindedPrivilege) ?? QuotaNames.Defaults[QuotaNames.MultiBindedPrivilege];
        var attachedId = eni.AttachedInstanceAt(scope.Now, scope.Timings);
        MultiBindedFamily? family = null;
        if (attachedId is not null
            && await scope.Session.Compute.FindInstanceAsync(eip.AccountId, attachedId) is { } instance
            && scope.Types.Find(instance.InstanceType) is { } type)
            family = new MultiBindedFamily(type.Family, scope.Types.SupportsMultiBinded(type.Family));
        return facts with { MultiBindedPrivilege = privilege, AttachedInstanceId = attachedId, AttachedFamily = family };
    }

    public static Result<EipBinding> Decide(NetworkInterfaceBindingFacts facts, BindingRequest request, DateTimeOffset now)
    {
        var eip = request.Eip;
        if (facts.Eni is not { } eni)
            return AssociationErrors.TargetNotFound("network interface", request.InstanceId);
        if (eni.RegionId != eip.RegionId)
            return AssociationErrors.RegionMismatch($"The network interface {eni.NetworkInterfaceId}", eni.RegionId, eip.RegionId);
        var others = facts.EipsOnEni.Where(e => e.AllocationId != eip.AllocationId).ToList();
        var requestedIp = RequestedIp(request);
        var planned = ModeOf(request) switch
        {
            BindingModes.Binded => DecideBinded(facts, eip, eni, others, requestedIp, now),
            BindingModes.MultiBinded => DecideMultiBinded(facts, eip, eni, others, requestedIp, now),
            _ => DecideNat(facts, eip, eni, others, requestedIp, now),
        };
        if (!planned.IsSuccess)
            return planned;
        // One EIP per private address of a VPC: an address bound as InstanceType=IpAddress takes no other EIP.
        if (facts.EipBoundToAddress is { } asAddress)
            return IpAddressBindingRules.AddressTaken(planned.Value.PrivateIpAddress, asAddress);
        return planned.Value with { PrivateIpChosen = requestedIp is not null };
    }

    /// <summary>R-ENI-2, R-ENI-3: an IP the ENI owns, no other mode on the ENI, one EIP per private IP.</summary>
    private static Result<EipBinding> DecideNat(NetworkInterfaceBindingFacts facts, Eip eip, NetworkInterface eni, List<Eip> others, string? requestedIp, DateTimeOffset now)
    {
        var ip = requestedIp ?? eni.PrimaryIpAddress;
        if (!facts.OwnedPrivateIps.Contains(ip))
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

        return Binding(eip, eni, BindingModes.Nat, ip, exclusiveTarget: null, key, now);
    }

    /// <summary>R-BIND-6, R-BIND-1, R-BIND-2, R-BIND-3, R-BIND-5, in that order.</summary>
    private static Result<EipBinding> DecideBinded(NetworkInterfaceBindingFacts facts, Eip eip, NetworkInterface eni, List<Eip> others, string? requestedIp, DateTimeOffset now)
    {
        if (facts.Region is not { SupportsBindedMode: true })
            return AssociationErrors.RegionNotSupported(eni.RegionId, BindingModes.Binded);
        if (eni.IsPrimary)
            return AssociationErrors.PrimaryNetworkInterface(eni.NetworkInterfaceId, BindingModes.Binded);
        if (requestedIp is not null && requestedIp != eni.PrimaryIpAddress)
            return AssociationErrors.PrivateIpNotOnInterface(requestedIp, eni.NetworkInterfaceId, "is not the primary private IP (BINDED mode takes only that one)");
        if (facts.EniStatus != "Available")
            return ApiErrors.EniStatusNotSupported(eni.NetworkInterfaceId, facts.EniStatus, "Available: in BINDED mode, bind the EIP first and attach the network interface after");
        if (others.Count > 0)
            return AssociationErrors.Duplicated($"The network interface {eni.NetworkInterfaceId} already has the EIP {others[0].AllocationId}; in BINDED mode it takes one EIP alone.");
        // The ENI-wide exclusive target is what keeps a second BINDED EIP off it at commit (R-BIND-5).
        return Binding(eip, eni, BindingModes.Binded, eni.PrimaryIpAddress,
            exclusiveTarget: $"{BindingModes.Binded}:{eni.NetworkInterfaceId}", PrivateIpKeys.Of(eni.NetworkInterfaceId, eni.PrimaryIpAddress), now);
    }

    /// <summary>R-MULTI-4, R-MULTI-5, R-MULTI-1, R-MULTI-6, no other mode on the ENI, R-MULTI-2, then the IP (R-ENI-2), in that order.</summary>
    private static Result<EipBinding> DecideMultiBinded(NetworkInterfaceBindingFacts facts, Eip eip, NetworkInterface eni, List<Eip> others, string? requestedIp, DateTimeOffset now)
    {
        if (facts.MultiBindedPrivilege < 1)
            return AssociationErrors.MultiBindedNotAuthorized();
        if (facts.Region is not { SupportsMultiBindedMode: true })
            return AssociationErrors.RegionNotSupported(eni.RegionId, BindingModes.MultiBinded);
        if (eni.IsPrimary)
            return AssociationErrors.PrimaryNetworkInterface(eni.NetworkInterfaceId, BindingModes.MultiBinded);
        if (facts.AttachedInstanceId is { } instanceId && facts.AttachedFamily is { Supported: false } family)
            return AssociationErrors.InstanceFamilyNotSupported(instanceId, family.Family);
        var otherMode = OtherMode(others, BindingModes.MultiBinded);
        if (otherMode is not null)
            return AssociationErrors.Duplicated($"The network interface {eni.NetworkInterfaceId} has EIPs in {otherMode} mode; one network interface does not mix modes.");
        if (others.Count >= MaxMultiBindedEips)
            return AssociationErrors.EipsPerNetworkInterfaceExceeded(eni.NetworkInterfaceId, MaxMultiBindedEips);
        var ip = requestedIp ?? eni.PrimaryIpAddress;
        if (ip != eni.PrimaryIpAddress && !facts.OwnedPrivateIps.Contains(ip))
            return AssociationErrors.PrivateIpNotOnInterface(ip, eni.NetworkInterfaceId, "is not a private IP");
        // Several EIPs may share a private IP in this mode, so it claims neither the ENI nor the IP.
        return Binding(eip, eni, BindingModes.MultiBinded, ip, exclusiveTarget: null, privateIpKey: null, now);
    }

    private static string ModeOf(BindingRequest request) => request.Mode ?? BindingModes.Nat;

    private static string? RequestedIp(BindingRequest request) =>
        string.IsNullOrEmpty(request.PrivateIpAddress) ? null : request.PrivateIpAddress;

    private static string? OtherMode(List<Eip> others, string mode) =>
        others.Select(e => e.Binding!).FirstOrDefault(b => b.InstanceType == BindingTargetTypes.NetworkInterface && b.Mode != mode)?.Mode;

    private static EipBinding Binding(Eip eip, NetworkInterface eni, string mode, string ip, string? exclusiveTarget, string? privateIpKey, DateTimeOffset now) => new()
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
        BoundAt = now,
    };
}
