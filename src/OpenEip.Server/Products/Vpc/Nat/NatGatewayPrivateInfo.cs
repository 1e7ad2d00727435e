namespace OpenEip.Server.Products.Vpc.Nat;

public sealed record NatGatewayPrivateInfo(string EniInstanceId, string EniType, string IzNo, int MaxBandwidth, string PrivateIpAddress, string VswitchId);
