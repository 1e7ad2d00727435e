namespace OpenEip.Server.Products.Vpc.Nat;

public sealed record NatTagItem(string TagKey, string TagValue);
