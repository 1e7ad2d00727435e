namespace OpenEip.Server.Products.Operator;

public sealed record CidrList(IReadOnlyList<string> Cidr);
