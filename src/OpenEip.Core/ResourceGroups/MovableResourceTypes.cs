using OpenEip.Core.Errors;

namespace OpenEip.Core.ResourceGroups;

/// <summary>
/// The ResourceType values of VPC MoveResourceGroup and ECS JoinResourceGroup, as the SDKs document them, and
/// which OpenEip resources they name. A documented type OpenEip has no resources of is OperationUnsupported;
/// anything else is InvalidParameter.
/// </summary>
public static class MovableResourceTypes
{
    /// <summary>VPC MoveResourceGroup, matched without regard to case (Terraform sends EIP/VPC/HAVIP, older versions eip).</summary>
    public static readonly IReadOnlyList<string> Vpc =
    [
        "Vpc", "Eip", "BandwidthPackage", "PrefixList", "PublicIpAddressPool", "FlowLog", "HaVip", "TrafficMirrorFilter",
        "TrafficMirrorSession", "IPv4Gateway", "IPv6Gateway", "IPv6Address", "DhcpOptionsSet", "GatewayEndpoint",
    ];

    /// <summary>ECS JoinResourceGroup, case-sensitive as documented.</summary>
    public static readonly IReadOnlyList<string> Ecs =
    [
        "instance", "disk", "snapshot", "image", "securitygroup", "ddh", "ddhcluster", "eni", "keypair", "launchtemplate",
        "command", "activation", "managedinstance",
    ];

    private static readonly Dictionary<string, GroupedResource> VpcSupported = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Vpc"] = GroupedResource.Vpc, ["Eip"] = GroupedResource.Eip, ["HaVip"] = GroupedResource.HaVip,
    };

    private static readonly Dictionary<string, GroupedResource> EcsSupported = new(StringComparer.Ordinal)
    {
        ["instance"] = GroupedResource.Instance, ["securitygroup"] = GroupedResource.SecurityGroup, ["eni"] = GroupedResource.NetworkInterface,
    };

    public static Result<GroupedResource> ForVpc(string resourceType) =>
        Resolve(resourceType, Vpc, VpcSupported, StringComparer.OrdinalIgnoreCase);

    public static Result<GroupedResource> ForEcs(string resourceType) =>
        Resolve(resourceType, Ecs, EcsSupported, StringComparer.Ordinal);

    private static Result<GroupedResource> Resolve(
        string resourceType, IReadOnlyList<string> documented, Dictionary<string, GroupedResource> supported, StringComparer comparer)
    {
        if (supported.TryGetValue(resourceType, out var kind))
            return kind;
        return documented.Contains(resourceType, comparer)
            ? ResourceGroupErrors.UnsupportedResourceType(resourceType, supported.Keys)
            : ApiErrors.InvalidParameterValue("ResourceType", resourceType, documented);
    }
}
