namespace OpenEip.Server.Products.Ecs.NetworkInterfaces;

public sealed record Ipv4PrefixSetItem(string Ipv4Prefix);
