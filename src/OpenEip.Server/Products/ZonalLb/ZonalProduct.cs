namespace OpenEip.Server.Products.ZonalLb;

/// <summary>ALB and NLB share one model; this says which API (version, id prefix) an action serves.</summary>
public sealed record ZonalProduct(string Version, string Kind)
{
    public static readonly ZonalProduct Alb = new(ProductVersions.Alb, "alb");
    public static readonly ZonalProduct Nlb = new(ProductVersions.Nlb, "nlb");
}
