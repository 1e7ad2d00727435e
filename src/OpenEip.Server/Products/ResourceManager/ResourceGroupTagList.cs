namespace OpenEip.Server.Products.ResourceManager;

public sealed record ResourceGroupTagList(IReadOnlyList<ResourceGroupTagItem> Tag);
