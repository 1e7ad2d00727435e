namespace OpenEip.Cli.Api;

/// <summary>The products of the generic form and the versions the server answers (docs/api-compatibility.md).</summary>
public static class Products
{
    public static readonly Product Vpc = new("vpc", "2016-04-28", "VPC: EIPs, VPCs, vSwitches, NAT gateways, HaVips", Regional: true);

    public static readonly Product Ecs = new("ecs", "2014-05-26", "ECS: instances, ENIs, security groups", Regional: true);

    public static readonly Product Slb = new("slb", "2014-05-15", "SLB: classic load balancers (CLB)", Regional: true);

    public static readonly Product Alb = new("alb", "2020-06-16", "ALB: application load balancers", Regional: true);

    public static readonly Product Nlb = new("nlb", "2022-04-30", "NLB: network load balancers", Regional: true);

    public static readonly Product ResourceManager = new("resourcemanager", "2020-03-31", "Resource Manager: resource groups", Regional: false);

    public static readonly Product Admin = new("admin", "2026-11-25", "OpenEip's operator API (docs/operator-api.md)", Regional: false);

    public static IReadOnlyList<Product> All { get; } = [Vpc, Ecs, Slb, Alb, Nlb, ResourceManager, Admin];

    public static Product? Find(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}
