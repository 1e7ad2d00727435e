namespace OpenEip.Server.Products.Ecs.NetworkInterfaces;

public sealed record Ipv6PrefixSetItem(string Ipv6Prefix);
