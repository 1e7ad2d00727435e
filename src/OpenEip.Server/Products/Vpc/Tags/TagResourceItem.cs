namespace OpenEip.Server.Products.Vpc.Tags;

public sealed record TagResourceItem(string ResourceId, string ResourceType, string TagKey, string TagValue);
