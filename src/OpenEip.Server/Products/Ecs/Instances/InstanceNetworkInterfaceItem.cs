using OpenEip.Server.Products.Ecs.NetworkInterfaces;

namespace OpenEip.Server.Products.Ecs.Instances;

public sealed record InstanceNetworkInterfaceItem(string NetworkInterfaceId, string Type, string MacAddress, string PrimaryIpAddress, PrivateIpSetList PrivateIpSets);
