namespace OpenEip.Server.Products.Vpc.Networks;

public sealed record UserCidrList(IReadOnlyList<string> UserCidr);
