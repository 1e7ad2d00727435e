namespace OpenEip.Core.Errors;

/// <summary>The errors of binding and unbinding EIPs, one per rule of rules.md (ids in the comments).</summary>
public static class AssociationErrors
{
    /// <summary>R-EIP-2, R-EIP-4, R-EIP-5, R-EIP-8, R-LIFE-1, R-LIFE-4.</summary>
    public static Error IncorrectEipStatus(string allocationId, string status, string needed) =>
        new("IncorrectEipStatus", $"The EIP {allocationId} is {status}; this operation needs it {needed}.");

    /// <summary>R-EIP-8.</summary>
    public static Error Locked(string allocationId, string lockReason) =>
        new("IncorrectEipStatus", $"The EIP {allocationId} is locked ({lockReason}); it cannot be associated, unassociated or released until it is unlocked.");

    /// <summary>R-EIP-3.</summary>
    public static Error RegionMismatch(string what, string regionId, string eipRegionId) =>
        new("InvalidParameter.Mismatch", $"{what} is in {regionId}, the EIP in {eipRegionId}: an EIP is bound only within its own region.");

    /// <summary>R-EIP-6.</summary>
    public static Error TargetNotFound(string instanceType, string instanceId) =>
        new("InvalidInstanceId.NotFound", $"The specified {instanceType} \"{ApiErrors.Shorten(instanceId)}\" does not exist in this region.");

    /// <summary>R-EIP-7, R-LB-1.</summary>
    public static Error InstanceTypeNotSupported(string instanceType, string why) =>
        new("InvalidInstanceType.ValueNotSupported", $"InstanceType \"{ApiErrors.Shorten(instanceType)}\" is not supported: {why}");

    /// <summary>R-ECS-2, R-ECS-7, R-ENI-3, R-BIND-5, R-LB-4, R-HAVIP-3.</summary>
    public static Error Duplicated(string why) => new("InvalidAssociation.Duplicated", why);

    /// <summary>R-ECS-1, R-NAT-1, R-LB-3.</summary>
    public static Error OperationDenied(string why) => new("OperationDenied", why);

    /// <summary>R-ECS-4.</summary>
    public static Error InstanceHasFixedPublicIp(string instanceId, string publicIp) =>
        new("InvalidStatus.InstanceHasBandWidth", $"The instance {instanceId} has the fixed public IP {publicIp}; an instance has either a fixed public IP or an EIP.");

    /// <summary>R-ENI-2, R-BIND-2.</summary>
    public static Error PrivateIpNotOnInterface(string ip, string networkInterfaceId, string why) =>
        ApiErrors.InvalidParameter("PrivateIpAddress", $"{ApiErrors.Shorten(ip)} {why} of the network interface {networkInterfaceId}.");

    /// <summary>R-BIND-1, R-MULTI-1.</summary>
    public static Error PrimaryNetworkInterface(string networkInterfaceId, string mode) =>
        new("OperationDenied.PrimaryNetworkInterface", $"{networkInterfaceId} is a primary network interface; {mode} mode is only for secondary ones.");

    /// <summary>R-BIND-6, R-MULTI-5.</summary>
    public static Error RegionNotSupported(string regionId, string mode) =>
        new("InvalidRegion.NotSupport", $"The {mode} mode is not offered in {regionId}.");

    /// <summary>R-MULTI-2.</summary>
    public static Error EipsPerNetworkInterfaceExceeded(string networkInterfaceId, int limit) =>
        new("QuotaExceeded.EipPerNetworkInterface", $"The network interface {networkInterfaceId} already has {limit} EIPs in MULTI_BINDED mode, the most it can take.");

    /// <summary>R-MULTI-4.</summary>
    public static Error MultiBindedNotAuthorized() =>
        new("Forbidden.MultiBindedNotAuthorized", "The MULTI_BINDED mode is closed to new users; the operator grants it (quota eip-multi-binded-privilege = 1).");

    /// <summary>R-MULTI-6.</summary>
    public static Error InstanceFamilyNotSupported(string instanceId, string family) =>
        new("OperationDenied.InstanceTypeNotSupported", $"The instance {instanceId} is of the family {family}, which does not support the MULTI_BINDED mode.");

    /// <summary>R-NAT-2.</summary>
    public static Error EipsPerNatGatewayExceeded(string natGatewayId, int limit) =>
        new("QuotaExceeded.EipsPerNatGateway", $"The NAT gateway {natGatewayId} already has {limit} EIPs, the most it can take.");

    /// <summary>R-NAT-3.</summary>
    public static Error NatVSwitchIpNotEnough(string vSwitchId, string natGatewayId) =>
        new("InvalidVSwitchId.IpNotEnough", $"The vSwitch {vSwitchId} has no free private IP for another EIP of the NAT gateway {natGatewayId} (a gateway created on or after 2022-09-19 takes one per EIP).");

    /// <summary>R-NAT-6.</summary>
    public static Error UsedBySnatTable(string allocationId, IEnumerable<string> entryIds) =>
        new("InvalidIpStatus.HasBeenUsedBySnatTable", $"The EIP {allocationId} is used by the SNAT entries {string.Join(", ", entryIds)}; delete them or unassociate with Force=true.");

    /// <summary>R-NAT-6.</summary>
    public static Error UsedByForwardTable(string allocationId, IEnumerable<string> entryIds) =>
        new("InvalidIpStatus.HasBeenUsedByForwardEntry", $"The EIP {allocationId} is used by the DNAT entries {string.Join(", ", entryIds)}; delete them or unassociate with Force=true.");

    /// <summary>R-LIFE-1: UnassociateEipAddress naming an instance (InstanceId, InstanceType) the EIP is not bound to.</summary>
    public static Error NotTheBoundInstance(string allocationId, string what, string actual) =>
        new("InvalidInstanceId.NotFound", $"Specified instance does not exist: the EIP {allocationId} is not associated with {ApiErrors.Shorten(what)} (it is associated with {actual}).");

    /// <summary>R-LIFE-1: UnassociateEipAddress naming a PrivateIpAddress the binding does not use.</summary>
    public static Error InvalidBindingStatus(string allocationId, string what, string actual) =>
        new("InvalidBindingStatus", $"The EIP {allocationId} is not associated with {ApiErrors.Shorten(what)} (it is associated with {actual}).");

    /// <summary>A resource cannot be deleted while EIPs are bound to it.</summary>
    public static Error HasBoundEips(string resourceId, IEnumerable<string> allocationIds) =>
        new("DependencyViolation.Eip", $"{resourceId} has the EIPs {string.Join(", ", allocationIds)} bound; unassociate them first.");
}
