namespace OpenEip.Server.Products.Vpc.Networks;

public sealed record AssociateVpcCidrBlockResponse(string CidrBlock, string IpVersion);
