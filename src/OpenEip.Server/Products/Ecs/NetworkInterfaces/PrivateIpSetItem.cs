namespace OpenEip.Server.Products.Ecs.NetworkInterfaces;

public sealed record PrivateIpSetItem(string PrivateIpAddress, bool Primary, AssociatedPublicIp AssociatedPublicIp);
