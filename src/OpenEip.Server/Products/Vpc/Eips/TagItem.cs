namespace OpenEip.Server.Products.Vpc.Eips;

public sealed record TagItem(string Key, string Value);
