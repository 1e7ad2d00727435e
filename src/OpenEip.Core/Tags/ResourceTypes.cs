namespace OpenEip.Core.Tags;

/// <summary>
/// The resource types that can carry tags (ResourceType of TagResources), spelled as each API spells
/// them: the VPC API upper case, the ECS API lower case. A tag is stored under this spelling.
/// </summary>
public static class ResourceTypes
{
    public const string Eip = "EIP";
    public const string NatGateway = "NATGATEWAY";
    public const string HaVip = "HAVIP";
    public const string Vpc = "VPC";
    public const string VSwitch = "VSWITCH";

    /// <summary>ECS's spelling; only the ECS API (TagResources, UntagResources, ListTagResources) tags ENIs.</summary>
    public const string NetworkInterface = "eni";

    /// <summary>ResourceType values of the VPC API's tag actions.</summary>
    public static readonly IReadOnlyList<string> All = [Eip, NatGateway, HaVip, Vpc, VSwitch];

    /// <summary>ResourceType values of the ECS API's tag actions.</summary>
    public static readonly IReadOnlyList<string> Ecs = [NetworkInterface];
}
