namespace OpenEip.Server.Products.Ecs.NetworkInterfaces;

public sealed record NetworkInterfaceSetList(IReadOnlyList<NetworkInterfaceItem> NetworkInterfaceSet);
