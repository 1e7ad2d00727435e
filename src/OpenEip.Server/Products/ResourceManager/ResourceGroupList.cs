namespace OpenEip.Server.Products.ResourceManager;

public sealed record ResourceGroupList(IReadOnlyList<ResourceGroupItem> ResourceGroup);
