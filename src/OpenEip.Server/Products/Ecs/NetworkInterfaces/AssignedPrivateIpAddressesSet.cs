namespace OpenEip.Server.Products.Ecs.NetworkInterfaces;

public sealed record AssignedPrivateIpAddressesSet(string NetworkInterfaceId, PrivateIpAddressList PrivateIpSet);
