namespace OpenEip.Server.Products.Ecs.NetworkInterfaces;

public sealed record PrivateIpAddressList(IReadOnlyList<string> PrivateIpAddress);
