namespace OpenEip.Server.Products.Vpc.Tags;

public sealed record TagResourceList(IReadOnlyList<TagResourceItem> TagResource);
