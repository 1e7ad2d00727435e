namespace OpenEip.Server.Products.Ecs.Instances;

public sealed record VpcAttributes(string VpcId, string VSwitchId, IpAddressList PrivateIpAddress, string NatIpAddress);
