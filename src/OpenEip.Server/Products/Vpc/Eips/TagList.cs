namespace OpenEip.Server.Products.Vpc.Eips;

public sealed record TagList(IReadOnlyList<TagItem> Tag);
