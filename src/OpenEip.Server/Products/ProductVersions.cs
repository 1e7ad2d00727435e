namespace OpenEip.Server.Products;

/// <summary>The API versions this server answers.</summary>
public static class ProductVersions
{
    public const string Vpc = "2016-04-28";

    public const string Ecs = "2014-05-26";

    /// <summary>SLB, the Classic Load Balancer (CLB) API.</summary>
    public const string Slb = "2014-05-15";

    public const string Alb = "2020-06-16";

    public const string Nlb = "2022-04-30";

    /// <summary>Resource Manager: the caller's resource groups. Its requests carry no RegionId (the service is global).</summary>
    public const string ResourceManager = "2020-03-31";

    /// <summary>OpenEip's own operator API (docs/operator-api.md).</summary>
    public const string Operator = "2026-11-25";
}
