namespace OpenEip.Core.Networks;

/// <summary>Who holds a private IP of a vSwitch (an ENI, a HaVip, a NAT gateway, a load balancer).</summary>
public sealed record PrivateIpUse(string VSwitchId, string IpAddress, string OwnerType, string OwnerId);
