namespace OpenEip.Server.Products.Vpc.Networks;

public sealed record VpcList(IReadOnlyList<VpcItem> Vpc);
