namespace OpenEip.Server.Products.Ecs.Instances;

public sealed record AllocatePublicIpAddressResponse(string IpAddress);
