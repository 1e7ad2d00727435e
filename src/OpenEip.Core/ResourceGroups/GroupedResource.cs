namespace OpenEip.Core.ResourceGroups;

/// <summary>The kinds of resource that belong to a resource group (each row carries its group's id).</summary>
public enum GroupedResource
{
    Eip,
    Vpc,
    HaVip,
    NatGateway,
    SecurityGroup,
    Instance,
    NetworkInterface,
    ClassicLoadBalancer,
    ZonalLoadBalancer,
}
