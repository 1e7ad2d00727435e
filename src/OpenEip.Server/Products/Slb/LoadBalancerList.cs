namespace OpenEip.Server.Products.Slb;

public sealed record LoadBalancerList(IReadOnlyList<LoadBalancerItem> LoadBalancer);
