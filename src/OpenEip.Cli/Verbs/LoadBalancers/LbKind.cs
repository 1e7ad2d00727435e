using System.Text.Json;
using System.Text.Json.Nodes;
using OpenEip.Cli.Api;
using OpenEip.Cli.Common;

namespace OpenEip.Cli.Verbs.LoadBalancers;

/// <summary>
/// The three load balancer products behind <c>openeip lb</c>: CLB (slb, ids <c>lb-</c>), ALB (<c>alb-</c>) and NLB
/// (<c>nlb-</c>). Each has its own API; an id's prefix tells which one to ask, as it tells the server (BindingPlanner).
/// </summary>
/// <param name="Active">The status a usable load balancer shows (CLB spells it in lower case).</param>
public sealed record LbKind(string Name, Product Product, string Prefix, ResourceReader Reader, string Active)
{
    public static readonly LbKind Clb = new("clb", Products.Slb, "lb-", new ResourceReader(
        Products.Slb, "DescribeLoadBalancers", "LoadBalancers.LoadBalancer", "LoadBalancerId", "PageSize", 100, 20,
        IdFilters.Comma("LoadBalancerId"), "InvalidLoadBalancerId.NotFound", "load balancer", "LoadBalancerStatus"), "active");

    public static readonly LbKind Alb = new("alb", Products.Alb, "alb-", Zonal(Products.Alb), "Active");

    public static readonly LbKind Nlb = new("nlb", Products.Nlb, "nlb-", Zonal(Products.Nlb), "Active");

    public static IReadOnlyList<LbKind> All { get; } = [Clb, Alb, Nlb];

    public static LbKind Named(string name) =>
        All.FirstOrDefault(kind => kind.Name == name) ?? throw new CliException($"--type takes clb, alb or nlb, not '{name}'.");

    public static LbKind Of(string loadBalancerId) =>
        All.FirstOrDefault(kind => loadBalancerId.StartsWith(kind.Prefix, StringComparison.Ordinal))
        ?? throw new CliException($"Cannot tell the kind of '{loadBalancerId}' from its prefix: CLB ids start lb-, ALB alb-, NLB nlb-.");

    /// <summary>
    /// The API's item with a <c>Kind</c> field (clb, alb, nlb) put first: <c>lb list</c> mixes three APIs' items, and
    /// a script should not have to tell them apart by their fields.
    /// </summary>
    public JsonElement Tag(JsonElement item)
    {
        var tagged = new JsonObject { ["Kind"] = Name };
        foreach (var property in item.EnumerateObject())
            tagged[property.Name] = JsonNode.Parse(property.Value.GetRawText());
        return JsonSerializer.SerializeToElement(tagged);
    }

    /// <summary>ALB and NLB ListLoadBalancers: a bare LoadBalancers array, LoadBalancerIds.N (20), MaxResults (100) and NextToken.</summary>
    private static ResourceReader Zonal(Product product) => new(
        product, "ListLoadBalancers", "LoadBalancers", "LoadBalancerId", "MaxResults", 100, 20,
        IdFilters.Repeated("LoadBalancerIds"), "ResourceNotFound.LoadBalancer", "load balancer", "LoadBalancerStatus");
}
