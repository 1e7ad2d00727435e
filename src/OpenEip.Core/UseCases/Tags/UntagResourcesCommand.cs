namespace OpenEip.Core.UseCases.Tags;

/// <summary>UnTagResources / UntagResources' parameters: the keys to remove, or null for every tag (All=true).</summary>
public sealed record UntagResourcesCommand(string AccountId, string RegionId, string ResourceType, IReadOnlyList<string> ResourceIds, IReadOnlyList<string>? Keys);
