namespace OpenEip.Core.Tags;

/// <summary>A tag as ListTagResources reports it: which resource carries which key and value.</summary>
public sealed record ResourceTag(string ResourceType, string ResourceId, string Key, string Value);
