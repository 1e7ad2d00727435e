namespace OpenEip.Server.Products.ResourceManager;

/// <summary>Resource Manager spells tag fields TagKey/TagValue (the VPC API uses Key/Value).</summary>
public sealed record ResourceGroupTagItem(string TagKey, string TagValue);
