namespace OpenEip.Server.Products.Ecs.NetworkInterfaces;

public sealed record Ipv6SetItem(string Ipv6Address, bool Primary);
