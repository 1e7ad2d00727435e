namespace OpenEip.Server.Products.ResourceManager;

/// <summary>The body of CreateResourceGroup, GetResourceGroup and DeleteResourceGroup: one ResourceGroup object.</summary>
public sealed record ResourceGroupResponse(object ResourceGroup);
