using OpenEip.Cli.Api;

namespace OpenEip.Cli.Verbs.Enis;

/// <summary>Reading ENIs: DescribeNetworkInterfaces takes ids as NetworkInterfaceId.N (100 at most).</summary>
public static class EniQueries
{
    public static readonly ResourceReader Reader = new(
        Products.Ecs, "DescribeNetworkInterfaces", "NetworkInterfaceSets.NetworkInterfaceSet", "NetworkInterfaceId", "PageSize", 100, 100,
        IdFilters.Repeated("NetworkInterfaceId"), "InvalidEniId.NotFound", "ENI");
}
