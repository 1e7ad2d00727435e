namespace OpenEip.Server.Products.Vpc.Networks;

public sealed record SecondaryCidrBlockList(IReadOnlyList<string> SecondaryCidrBlock);
