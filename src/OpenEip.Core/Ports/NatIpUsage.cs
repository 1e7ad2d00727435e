namespace OpenEip.Core.Ports;

/// <summary>How one address of a NAT gateway is used by its entries.</summary>
public sealed record NatIpUsage(string NatGatewayId, string IpAddress, bool BySnat, bool ByForward);
