namespace OpenEip.Server.Products.Ecs.Instances;

public sealed record InstanceNetworkInterfaceList(IReadOnlyList<InstanceNetworkInterfaceItem> NetworkInterface);
